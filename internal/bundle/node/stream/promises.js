// stream/promises: pipeline and finished as promises (Node's own, from
// readable-stream; see node/stream.js).
import Stream from 'node:stream';
export const { pipeline, finished } = Stream.promises;
export default Stream.promises;
