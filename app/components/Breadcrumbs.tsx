import { Link } from "@remix-run/react";
import { useT } from "~/i18n";

export interface Crumb {
  label: string;
  to: string;
}

/** "You are here" trail; the current page is the h1, so it is not repeated. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const d = useT();
  return (
    <nav aria-label={d.layout.breadcrumb} className="breadcrumbs">
      <ol>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
