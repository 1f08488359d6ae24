/**
 * Labels for files picked together. Two files may share a name (the same plan from two
 * folders): the later ones get "plan.xlsx (2)", "plan.xlsx (3)", so that each summary row opens
 * its own file.
 */
export function distinctNames(names: readonly string[]): string[] {
  const taken = new Set(names);
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    let n = count;
    while (taken.has(`${name} (${n})`)) n++;
    const label = `${name} (${n})`;
    taken.add(label);
    return label;
  });
}
