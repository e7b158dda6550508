/** A small pictogram for an actor kind; always shown next to the kind's name, never alone. */
import type { ActorKind } from '@/schemas/actor';

const paths: Record<ActorKind, string> = {
  sote: 'M6 1h4v5h5v4h-5v5H6v-5H1V6h5z',
  employment: 'M6 2h4a1 1 0 0 1 1 1v1h3a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V3a1 1 0 0 1 1-1zm0 1v1h4V3z',
  kela: 'M8 1l6 2v5c0 3.5-2.6 6-6 7-3.4-1-6-3.5-6-7V3z',
  pension: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm0 3a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  ngo: 'M8 14S2 10.4 2 6a3.2 3.2 0 0 1 6-1.6A3.2 3.2 0 0 1 14 6c0 4.4-6 8-6 8z',
  education: 'M8 2 0 6l8 4 8-4zM3 8.5V11c0 1.5 2.2 3 5 3s5-1.5 5-3V8.5l-5 2.5z',
  private: 'M2 15V4l6-3 6 3v11h-4v-4H6v4z',
  employer: 'M1 15V6l4 2V6l4 2V6l4 2V1h2v14z',
  national: 'M3 1h2v14H3zM5 2h9l-2.5 3L14 8H5z',
};

export function KindIcon({ kind, size = 16 }: { kind: ActorKind; size?: number }) {
  return (
    <svg className="kind-icon" aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 16 16">
      <path d={paths[kind]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
