/** The `<option>`s of a select over an enum, each value shown by its label. */
export function EnumOptions<T extends string>({ values, label }: { values: readonly T[]; label: (value: T) => string }) {
  return values.map((v) => (
    <option key={v} value={v}>
      {label(v)}
    </option>
  ));
}
