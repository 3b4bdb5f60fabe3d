/**
 * A column's name with its unit in brackets, for axes and table headers — unless the name already
 * carries it: the penguins' "Beak Length (mm)" has the unit "mm" and stays as it is.
 */
export function columnLabel(name: string, unit: string | null): string {
  if (!unit) return name;
  const suffix = `(${unit})`;
  return name.toLowerCase().includes(suffix.toLowerCase()) ? name : `${name} ${suffix}`;
}
