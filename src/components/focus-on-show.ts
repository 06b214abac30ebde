/**
 * A ref that gives an element the focus (and so brings it into view) once, when it
 * appears: a question raised by a file, a file's problems, a form opened by a button.
 * Stable, so React calls it only on mount and unmount.
 */
export const focusOnShow = (element: HTMLElement | null): void => element?.focus();
