/**
 * Where a link in a mail (`/orgs/<code>/…`, see libs/application) leads inside the app; the
 * tasks when the app has no better page.
 */
export function pageOfMailLink(rest: string, search: URLSearchParams): string {
  const measure = /^measures\/([^/]+)$/.exec(rest);
  if (measure) {
    const period = search.get('period');
    return period ? `/measures/${measure[1]}?period=${encodeURIComponent(period)}` : `/measures/${measure[1]}`;
  }
  const report = /^reports\/([^/]+)$/.exec(rest);
  if (report) return `/reports?report=${encodeURIComponent(report[1])}`;
  if (rest === 'dashboard') return '/dashboard';
  return '/';
}
