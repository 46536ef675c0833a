// The engine asks next/router for the locale; outside a Next.js app this stands in for it.
const router = {
  locale: 'en',
  locales: ['en'],
  defaultLocale: 'en',
  pathname: '/',
  route: '/',
  query: {},
  asPath: '/',
  basePath: '',
  isReady: true,
  push: async () => true,
  replace: async () => true,
  prefetch: async () => {},
  back() {},
  reload() {},
  events: {on() {}, off() {}, emit() {}},
};
export function useRouter() {
  return router;
}
export default router;
