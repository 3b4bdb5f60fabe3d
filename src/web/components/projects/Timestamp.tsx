const pad = (value: number) => String(value).padStart(2, "0");

/** HH:MM in the learner's time zone, 24-hour, the same in every locale. */
export const clockTime = (iso: string) => {
  const date = new Date(iso);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** A date and time in the learner's locale, machine-readable for assistive technology. */
export function Timestamp({ iso }: { iso: string }) {
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={date.toISOString()}>
      {date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
}
