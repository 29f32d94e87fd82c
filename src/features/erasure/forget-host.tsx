import { lazy, Suspense } from 'react';
import { withLaterStrings } from '../../i18n/later-strings';
import { selectErasure } from '../../store/erasure-slice';
import { useAppStore } from '../../store/store-context';

// The dialog and its result line load when the host first asks to forget someone, with their words.
const ForgetFlow = lazy(
  withLaterStrings(() => import('./forget-flow').then((m) => ({ default: m.ForgetFlow }))),
);

/** Where "Forget this person" shows its confirmation and then its result, under the toolbar. */
export function ForgetHost() {
  const erasure = useAppStore(selectErasure);
  if (!erasure) return null;
  return (
    <Suspense fallback={null}>
      <ForgetFlow erasure={erasure} />
    </Suspense>
  );
}
