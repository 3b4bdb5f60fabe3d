import { useId, useState } from "react";
import { type PlanSettings, WEEKDAY_NAMES, WEEKDAYS } from "../../../shared/plan/plan-settings.js";
import { useSavePlan } from "../../api/plan-queries.js";
import "./PlanForm.css";

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const ZONES = Intl.supportedValuesOf("timeZone");

const DEFAULTS = (): PlanSettings => ({
  hoursPerWeek: 10,
  studyDays: [1, 3, 5],
  startTime: "19:00",
  timeZone: browserZone(),
  startDate: todayIn(browserZone()),
  targetDate: null,
});

/** The planner's settings. The server checks everything again and its message is shown as it is. */
export function PlanForm({ saved }: { saved: PlanSettings | null }) {
  const id = useId();
  const [settings, setSettings] = useState<PlanSettings>(saved ?? DEFAULTS());
  const save = useSavePlan();
  const set = <K extends keyof PlanSettings>(key: K, value: PlanSettings[K]) =>
    setSettings((current) => ({ ...current, [key]: value }));
  const toggleDay = (day: (typeof WEEKDAYS)[number]) =>
    set(
      "studyDays",
      settings.studyDays.includes(day) ? settings.studyDays.filter((item) => item !== day) : [...settings.studyDays, day].sort(),
    );
  // "Today" depends on the zone: a start left at today moves with it, or near midnight a zone
  // ahead of the browser's would find its start already past.
  const changeZone = (timeZone: string) =>
    setSettings((current) => ({
      ...current,
      timeZone,
      startDate: current.startDate === todayIn(current.timeZone) ? todayIn(timeZone) : current.startDate,
    }));
  const zones = ZONES.includes(settings.timeZone) ? ZONES : [settings.timeZone, ...ZONES];
  return (
    <form
      className="plan-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(settings);
      }}
    >
      <h2 id={`${id}-heading`}>{saved ? "Change your plan" : "Make your plan"}</h2>
      <div className="plan-form__grid">
        <div className="form-field">
          <label htmlFor={`${id}-hours`}>Hours per week</label>
          <input
            id={`${id}-hours`}
            className="text-field"
            type="number"
            min={1}
            max={80}
            step={0.5}
            required
            value={Number.isNaN(settings.hoursPerWeek) ? "" : settings.hoursPerWeek}
            onChange={(event) => set("hoursPerWeek", event.target.valueAsNumber)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-time`}>Start time</label>
          <input
            id={`${id}-time`}
            className="text-field"
            type="time"
            required
            value={settings.startTime}
            onChange={(event) => set("startTime", event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-zone`}>Time zone</label>
          <select id={`${id}-zone`} value={settings.timeZone} onChange={(event) => changeZone(event.target.value)}>
            {zones.map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-start`}>Start date</label>
          <input
            id={`${id}-start`}
            className="text-field"
            type="date"
            required
            value={settings.startDate}
            onChange={(event) => set("startDate", event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-target`}>Target date (optional)</label>
          <input
            id={`${id}-target`}
            className="text-field"
            type="date"
            value={settings.targetDate ?? ""}
            onChange={(event) => set("targetDate", event.target.value === "" ? null : event.target.value)}
          />
        </div>
      </div>
      <fieldset className="plan-form__days">
        <legend>Days you study</legend>
        {WEEKDAYS.map((day) => (
          <label key={day} className="plan-form__day">
            <input type="checkbox" checked={settings.studyDays.includes(day)} onChange={() => toggleDay(day)} />
            {WEEKDAY_NAMES[day - 1]}
          </label>
        ))}
      </fieldset>
      {save.isError ? (
        <p role="alert" className="plan-form__error">
          {save.error.message}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? "Planning…" : saved ? "Update the plan" : "Make my plan"}
        </button>
        {save.isSuccess ? <span role="status">Plan saved.</span> : null}
      </div>
    </form>
  );
}
