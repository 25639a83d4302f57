import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countWords,
  essayStatus,
  MAX_ESSAY_LENGTH,
  MAX_PROMPT_LENGTH,
  promptNumber,
  promptText,
  TOP_MARK_MIN_WORDS,
  type Essay,
  type EssayChange,
  type EssayPrompt,
} from '../../../../shared/portfolio/self-description';
import { useDb } from '../../db/context';
import { saveEssay } from '../../db/essay-repository';
import { currentLanguage } from '../../i18n';
import { SaveStatus } from '../../ui/SaveStatus';
import { useAutosavedText } from '../../ui/use-autosaved-text';
import { useSaveState } from '../../ui/use-save-state';
import { IdentityWarning } from '../confidentiality';

/** One essay: its question (ours or the LSP's), the text with a live word count, autosaved. */
export function EssayEditor({ prompt, essay }: { prompt: EssayPrompt; essay?: Essay }) {
  const db = useDb();
  const { t, i18n } = useTranslation();
  const { state, run } = useSaveState();
  const save = (change: EssayChange) => void run(() => saveEssay(db, prompt.id, change));
  const text = useAutosavedText(essay?.text ?? '', (value) => save({ text: value }));
  const words = countWords(text.value);
  const status = essayStatus(text.value);
  const domain = t(`essays.domains.${prompt.domain}`);

  return (
    <article className="card editor" aria-labelledby="essay-heading">
      <p className="eyebrow">
        {domain} {promptNumber(prompt)}
      </p>
      <h2 id="essay-heading" className="detail__question">
        {promptText(prompt, currentLanguage(i18n), essay)}
      </h2>
      <PromptWording
        prompt={prompt}
        essay={essay}
        onSave={(customPrompt) => save({ customPrompt })}
      />
      <div className="field">
        <label htmlFor="essay-text">{t('essays.answer')}</label>
        <p id="essay-hint" className="field__hint">
          {t('essays.answerHint')}
        </p>
        <textarea
          id="essay-text"
          rows={16}
          maxLength={MAX_ESSAY_LENGTH}
          aria-describedby="essay-hint essay-count"
          value={text.value}
          onChange={(event) => text.change(event.target.value)}
          onBlur={text.flush}
        />
        <p
          id="essay-count"
          className={status === 'short' ? 'word-count word-count--short' : 'word-count'}
        >
          {t('essays.words', { count: words })}
          {' · '}
          {t(`essays.status.${status}`, { min: TOP_MARK_MIN_WORDS })}
        </p>
        <IdentityWarning text={text.value} />
      </div>
      <SaveStatus state={state} />
    </article>
  );
}

/** Lets the candidate put their LSP's exact wording in place of our prompt, or go back to ours. */
function PromptWording({
  prompt,
  essay,
  onSave,
}: {
  prompt: EssayPrompt;
  essay?: Essay;
  onSave(customPrompt: string): void;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(essay?.customPrompt ?? '');
  const custom = Boolean(essay?.customPrompt);
  return (
    <details className="prompt-wording">
      <summary>{custom ? t('essays.customPromptUsed') : t('essays.customPrompt')}</summary>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(draft.trim());
        }}
      >
        <div className="field">
          <label htmlFor="essay-prompt">{t('essays.customPromptLabel')}</label>
          <p id="essay-prompt-hint" className="field__hint">
            {t('essays.customPromptHint', { ours: prompt.text[currentLanguage(i18n)] })}
          </p>
          <textarea
            id="essay-prompt"
            rows={3}
            maxLength={MAX_PROMPT_LENGTH}
            aria-describedby="essay-prompt-hint"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t('essays.customPromptSave')}
          </button>
          {custom && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setDraft('');
                onSave('');
              }}
            >
              {t('essays.customPromptReset')}
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
