/** Island: each party's score under the chosen rule set, in points or as a rating on the party's own scale. */
import { fieldKey } from '../../calculator/fields.ts';
import { LIMITS } from '../../calculator/state.ts';
import { formatHundredths, scaleName } from '../../scoring/core.ts';
import { partyInputLabel, scaleChoice } from '../../wording/phrases.ts';
import { setPartyScale, setPartyText } from './store/actions.ts';
import { Field, useCalculator } from './shared-chunk.ts';

export default function PartyScores() {
  const { state, results } = useCalculator();
  return (
    <div class="calc-parties">
      {results.parties.map(({ party, scale, points, rating }) => {
        const key = fieldKey.party(party.id);
        const id = `calc-${key}`;
        const max = scale === 'points' ? party.maxPoints : party.scale;
        return (
          <div class="calc-party" key={party.id}>
            <Field
              id={id}
              label={partyInputLabel(party, scale)}
              value={state.parties[party.id]?.text ?? ''}
              onInput={(t) => setPartyText(party.id, t)}
              error={results.errors[key]}
              hint={`填 0 至 ${max}，可带两位小数。`}
              unit="分"
              maxLength={LIMITS.text}
            />
            <fieldset class="calc-scale">
              <legend>{party.name}的填写方式</legend>
              {(['points', 'rating'] as const).map((s) => (
                <label key={s}>
                  <input
                    type="radio"
                    name={`calc-scale-${party.id}`}
                    value={s}
                    checked={scale === s}
                    onChange={() => setPartyScale(party.id, s)}
                  />
                  {scaleChoice(party, s)}
                </label>
              ))}
            </fieldset>
            {points !== null && rating !== null && (
              <p class="calc-converted">
                {scale === 'points'
                  ? `相当于${scaleName(party.scale)} ${formatHundredths(rating)} 分。`
                  : `折合 ${formatHundredths(points)} 分（满分 ${party.maxPoints} 分）。`}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
