// The formats of the threat-model schema for the precompiled validator: ajv-formats' full
// forms, as @evident/core's checker applies them.
import { fullFormats } from 'ajv-formats/dist/formats.js';

export default { date: fullFormats.date, uri: fullFormats.uri, email: fullFormats.email };
