import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { I18nContext, getI18n, useTranslation } from 'react-i18next';

type RowT = TFunction<'translation', undefined>;

/*
 * Each `useTranslation()` copies the i18next instance and subscribes to it when it mounts: nothing
 * for one view, but the roster mounts a few dozen rows of half a dozen parts each when it first
 * paints (and again as it scrolls). The parts drawn once per row take the panel's one `t` from
 * here instead; it changes, and they redraw, when the language does.
 */
const SharedT = createContext<RowT | null>(null);

/** Gives the components below one `t` to share (the app's root). */
export function RowTranslationProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <SharedT.Provider value={t}>{children}</SharedT.Provider>;
}

/** `useTranslation()` for a part drawn on every roster row. */
export function useRowTranslation(): { t: RowT } {
  const shared = useContext(SharedT);
  // Outside the provider (a component tested alone): the instance's own `t`.
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const own = useMemo(() => (shared ? null : i18n.getFixedT(null, 'translation')), [shared, i18n]);
  return { t: shared ?? (own as RowT) };
}
