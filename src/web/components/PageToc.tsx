/** "On this page": links to a long page's sections, given as [id, label] pairs. */
export function PageToc({ sections }: { sections: readonly (readonly [id: string, label: string])[] }) {
  return (
    <nav aria-label="On this page" className="page-toc">
      <ul>
        {sections.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
