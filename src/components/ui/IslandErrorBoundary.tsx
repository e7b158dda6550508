/**
 * An error boundary for the root of every React island: if the island throws while rendering, its
 * place on the page shows a short Finnish message (and, where given, a fallback of the island's
 * own, such as the search's typed query) instead of vanishing, and the rest of the page, built as
 * static HTML, keeps working. Boundaries act in the browser only; server rendering is the build,
 * where an error should fail loudly.
 */
import { islandText } from '@/i18n/islands/boundary';
import { Component, type ComponentType, type ReactNode } from 'react';
import './IslandErrorBoundary.css';

const { t } = islandText;

interface Props {
  children: ReactNode;
  /** What else to show under the message (e.g. the query the professional had typed). */
  fallback?: (() => ReactNode) | undefined;
}

interface State {
  failed: boolean;
}

export class IslandErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="island-error">
        <p>{t('island.error')}</p>
        {this.props.fallback?.()}
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('island.reload')}
          </button>
        </p>
      </div>
    );
  }
}

/** The island wrapped in an IslandErrorBoundary: `export default withIslandBoundary(VillageMap)`. */
export function withIslandBoundary<P extends object>(Island: ComponentType<P>): ComponentType<P> {
  function Bounded(props: P) {
    return (
      <IslandErrorBoundary>
        <Island {...props} />
      </IslandErrorBoundary>
    );
  }
  Bounded.displayName = `Bounded(${Island.displayName ?? Island.name})`;
  return Bounded;
}
