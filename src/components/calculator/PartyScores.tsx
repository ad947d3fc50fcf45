/** Island: the four party scores, each in points or as a 100-point score. */
import { fieldKey, partyLabel } from '../../calculator/fields.ts';
import { LIMITS } from '../../calculator/state.ts';
import { formatHundredths } from '../../scoring/index.ts';
import { setPartyScale, setPartyText } from './store.ts';
import { Field, useCalculator } from './kit.ts';

export default function PartyScores() {
  const { state, results } = useCalculator();
  return (
    <div class="calc-parties">
      {results.parties.map(({ party, scale, points, hundred }) => {
        const key = fieldKey.party(party.id);
        const id = `calc-${key}`;
        const max = scale === 'points' ? party.weight : 100;
        return (
          <div class="calc-party" key={party.id}>
            <Field
              id={id}
              label={partyLabel(party.id, scale)}
              value={state.parties[party.id].text}
              onInput={(t) => setPartyText(party.id, t)}
              error={results.errors[key]}
              hint={`填 0 至 ${max}，可带两位小数。`}
              unit="分"
              maxLength={LIMITS.text}
            />
            <fieldset class="calc-scale">
              <legend>{party.name}的填写方式</legend>
              {(['points', 'hundred'] as const).map((s) => (
                <label key={s}>
                  <input
                    type="radio"
                    name={`calc-scale-${party.id}`}
                    value={s}
                    checked={scale === s}
                    onChange={() => setPartyScale(party.id, s)}
                  />
                  {s === 'points' ? `按 ${party.weight} 分制` : '按百分制'}
                </label>
              ))}
            </fieldset>
            {points !== null && hundred !== null && (
              <p class="calc-converted">
                {scale === 'points'
                  ? `相当于百分制 ${formatHundredths(hundred)} 分。`
                  : `折合 ${formatHundredths(points)} 分（满分 ${party.weight} 分）。`}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
