/** A translation tree: nested sections of strings; plural forms use i18next's `_one`/`_few`/`_many`/`_other` suffixes. */
export interface Messages {
  [key: string]: string | Messages;
}
