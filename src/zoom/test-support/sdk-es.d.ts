// The SDK's ES build, imported by path in tests so Vite transforms it (see sdk-wire.test.ts).
declare module '@zoom/appssdk/dist/sdk.es.js' {
  import type zoomSdk from '@zoom/appssdk';

  const sdk: typeof zoomSdk;
  export default sdk;
}
