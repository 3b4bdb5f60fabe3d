/**
 * A one-line progress indicator on stderr (`running exercises 12/30 (40%)`), redrawn in place on
 * a terminal and printed at 25 % steps otherwise, so CI logs stay short. Silent when `quiet`.
 */
export function progressLine(label: string, quiet: boolean): { update: (done: number, total: number) => void; done: () => void } {
  const tty = process.stderr.isTTY;
  let lastQuarter = -1;
  return {
    update(done, total) {
      if (quiet) return;
      const percent = Math.floor((done / total) * 100);
      const text = `${label} ${done}/${total} (${percent}%)`;
      if (tty) process.stderr.write(`\r${text}`);
      else if (Math.floor(percent / 25) > lastQuarter) {
        lastQuarter = Math.floor(percent / 25);
        process.stderr.write(`${text}\n`);
      }
    },
    done() {
      if (tty && !quiet) process.stderr.write("\n");
    },
  };
}
