/**
 * "Tunnistettu:" — what the search read from the description (situations, target groups, a place,
 * a language), each a chip the professional can drop; dropped readings stay listed with a
 * "palauta" control, and readings a negation turned off are named in muted text.
 */
import { searchText } from '@/i18n/islands/search';
import { useEffect, useRef, useState } from 'react';
import type { Understood } from '@/lib/search/referral-search';
import { readingGroups, type ReadingGroups } from '@/lib/search/reading-groups';

const { label, t } = searchText;

interface Props {
  understood: Understood;
  /** The region facet is set: a place read from the text is not used (and is said so). */
  regionChosen: boolean;
  /** The chip text of a dropped reading (from its key). */
  droppedLabel: (key: string) => string;
  /** Drop or restore a reading: one key, or an age's several. */
  onDrop: (keys: string[]) => void;
  onRestore: (keys: string[]) => void;
}

interface Chip {
  keys: string[];
  text: string;
  phrase: string;
}

/** The chips of the readings in use, in the order they were read, the place and language last. */
function chipsOf(understood: Understood, inUse: ReadingGroups['inUse'], regionChosen: boolean): Chip[] {
  const chips: Chip[] = inUse.map((reading) =>
    reading.kind === 'age'
      ? { keys: reading.keys, text: t('search.readingAge', { phrase: reading.phrase }), phrase: reading.phrase }
      : { keys: [reading.key], text: reading.kind === 'targetGroup' ? t('search.readingTargetGroup', { name: reading.label }) : reading.label, phrase: reading.phrase },
  );
  const place = understood.place;
  if (place !== undefined && !regionChosen) chips.push({ keys: [place.key], text: t('search.readingPlace', { name: place.place.name }), phrase: place.phrase });
  const language = understood.language;
  if (language !== undefined) chips.push({ keys: [language.key], text: t('search.readingLanguage', { name: label('search.language', language.code) }), phrase: language.phrase });
  return chips;
}

export function UnderstoodReadings({ understood, regionChosen, droppedLabel, onDrop, onRestore }: Props) {
  const groups = readingGroups(understood);
  const chips = chipsOf(understood, groups.inUse, regionChosen);
  const dropped = groups.dropped.map((reading) =>
    typeof reading === 'string' ? { keys: [reading], text: droppedLabel(reading) } : { keys: reading.keys, text: t('search.readingAge', { phrase: reading.phrase }) },
  );
  const root = useRef<HTMLDivElement>(null);
  // A dropped chip's button disappears: focus moves to its "palauta" control, and back again.
  const [focusKey, setFocusKey] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (focusKey === undefined) return;
    const target = [...(root.current?.querySelectorAll<HTMLButtonElement>('button[data-reading]') ?? [])].find((button) => button.dataset['reading'] === focusKey);
    if (target !== undefined) {
      target.focus();
      setFocusKey(undefined);
    }
  });
  const negated = understood.negated.map((concept) => concept.label);
  const overridden = regionChosen && understood.place !== undefined ? understood.place.place.name : undefined;
  if (chips.length === 0 && dropped.length === 0 && negated.length === 0 && overridden === undefined) return null;
  return (
    <div className="referral-understood" ref={root}>
      {(chips.length > 0 || dropped.length > 0) && (
        <div className="reading-line">
          <span id="referral-understood-label" className="reading-title">{t('search.understood')}</span>
          <ul aria-labelledby="referral-understood-label" className="reading-chips">
            {chips.map((chip) => {
              const id = chip.keys.join(',');
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="reading-chip"
                    data-reading={id}
                    title={t('search.readingFrom', { phrase: chip.phrase })}
                    onClick={() => {
                      setFocusKey(id);
                      onDrop(chip.keys);
                    }}
                  >
                    <span className="visually-hidden">{t('search.dropReading')} </span>
                    {chip.text}
                    <span aria-hidden="true" className="reading-x">×</span>
                  </button>
                </li>
              );
            })}
            {dropped.map((reading) => {
              const id = reading.keys.join(',');
              return (
                <li key={id} className="reading-dropped">
                  <span className="reading-dropped__text">{reading.text}</span>{' '}
                  <button
                    type="button"
                    className="reading-restore"
                    data-reading={id}
                    onClick={() => {
                      setFocusKey(id);
                      onRestore(reading.keys);
                    }}
                  >
                    {t('search.restoreReading')}
                    <span className="visually-hidden"> {t('search.restoreReadingName', { label: reading.text })}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {negated.length > 0 && <p className="muted small">{t('search.negated', { list: negated.join(', ') })}</p>}
      {overridden !== undefined && <p className="muted small">{t('search.placeOverridden', { name: overridden })}</p>}
    </div>
  );
}
