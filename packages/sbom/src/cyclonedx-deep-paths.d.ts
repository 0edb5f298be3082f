// The CycloneDX library's JSON serializer modules by path (see serializers.ts): the
// library's `exports` do not list them, Evident's bundler resolves them.
declare module '@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js';
declare module '@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js';
