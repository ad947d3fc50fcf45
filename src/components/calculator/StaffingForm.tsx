/** Island: staffing — 稳岗率 against its requirement, attendance surpluses, the experienced share. */
import { fieldKey, STAFFING_INFO } from '../../calculator/fields.ts';
import { LIMITS, type StaffingField } from '../../calculator/state.ts';
import { formatPercent, formatSigned, type Attendance } from '../../scoring/core.ts';
import { retentionRule, retentionVerdict } from '../../wording/phrases.ts';
import { setStaffing } from './store/actions.ts';
import { Field, useCalculator } from './shared-chunk.ts';

function AttendanceLine({ label, value }: { label: string; value: Attendance | null }) {
  if (!value) return <p class="calc-out">填好应到岗和实到岗人次后显示{label}的到岗差额。</p>;
  return (
    <p class="calc-out">
      {label}实到岗
      {value.surplus === 0 ? (
        '与应到岗相同'
      ) : (
        <>
          比应到岗{value.surplus > 0 ? '多' : '少'} <strong>{formatSigned(value.surplus).slice(1)}</strong> 人次
        </>
      )}
      ，<span class={value.met ? 'calc-met' : 'calc-unmet'}>{value.met ? '足额到岗' : '未足额到岗'}</span>
    </p>
  );
}

export default function StaffingForm() {
  const { state, results } = useCalculator();
  const { retention, attendanceAll, attendanceCertified, experiencedShare } = results.staffing;
  const field = (f: StaffingField) => (
    <Field
      id={`calc-${fieldKey.staffing(f)}`}
      label={STAFFING_INFO[f].label}
      unit={STAFFING_INFO[f].unit}
      value={state.staffing[f]}
      onInput={(t) => setStaffing(f, t)}
      error={results.errors[fieldKey.staffing(f)]}
      maxLength={LIMITS.text}
    />
  );
  return (
    <div class="calc-staffing">
      <fieldset>
        <legend>稳岗率</legend>
        {field('requiredPosts')}
        {field('stableStaff')}
        <p class="calc-out" data-result="retention">
          {retention ? (
            <>
              稳岗率 <strong>{formatPercent(retention.rate)}</strong>，
              <span class={retention.met === false ? 'calc-unmet' : 'calc-met'}>{retentionVerdict(results.rules, retention)}</span>
            </>
          ) : (
            `填好岗位数和在岗人数后显示稳岗率（${retentionRule(results.rules)}）。`
          )}
        </p>
      </fieldset>
      <fieldset>
        <legend>社工到岗（人次）</legend>
        {field('expectedAll')}
        {field('actualAll')}
        <AttendanceLine label="社工" value={attendanceAll} />
      </fieldset>
      <fieldset>
        <legend>持证社工到岗（人次）</legend>
        {field('expectedCertified')}
        {field('actualCertified')}
        <AttendanceLine label="持证社工" value={attendanceCertified} />
      </fieldset>
      <fieldset>
        <legend>从业经验</legend>
        {field('experienced')}
        <p class="calc-out">
          {experiencedShare === null ? (
            '填好此项和社工实到岗人次后显示占比。'
          ) : (
            <>
              从业 2 年以上社工到岗人次占社工实到岗人次的 <strong>{formatPercent(experiencedShare)}</strong>。
            </>
          )}
        </p>
      </fieldset>
    </div>
  );
}
