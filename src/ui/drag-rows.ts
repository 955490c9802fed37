// Reordering a list by dragging one row's handle with the pointer (mouse, pen or a finger on a
// Chromebook's screen: pointer events, and `touch-action: none` on the handle so a drag is not a
// scroll). The list decides nothing: while the row is dragged, the row under the pointer is marked
// where the dragged one will land (`drop-before` above it, `drop-after` below it); on release the new
// place goes to `onDrop`, which dispatches the same action as the arrow buttons. Escape, a cancelled
// pointer or a release where it started changes nothing. Held near the top or bottom edge of the
// panel that scrolls the list, the panel scrolls, so a row can go where the panel does not show.
// Keyboard players use the buttons.

/** How near the scrolling panel's edge (px) the pointer scrolls it, and by how much per frame. */
const EDGE_PX = 36;
const SCROLL_STEP_PX = 8;

/** The nearest ancestor that scrolls vertically, if any. */
function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && at.scrollHeight > at.clientHeight) return at;
  }
  return null;
}

/** Starts a drag of `row` (a child of its list) from a pointerdown on its handle. */
export function startRowDrag(down: PointerEvent, row: HTMLElement, onDrop: (to: number) => void): void {
  const list = row.parentElement;
  if (!list || down.button !== 0) return;
  // No text selection and no focus change while dragging; the drop decides where focus goes.
  down.preventDefault();
  const rows = (): HTMLElement[] => [...list.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
  const from = rows().indexOf(row);
  if (from < 0) return;
  let to = from;
  let lastY = down.clientY;
  const view = row.ownerDocument.defaultView ?? window;
  const scroller = scrollerOf(list);
  let edge = 0;
  let frame = 0;

  /** The row under the pointer's height; above the first is the first, below the last the last. */
  const placeAt = (y: number): number => {
    const all = rows();
    const index = all.findIndex((r) => y < r.getBoundingClientRect().bottom);
    return index < 0 ? all.length - 1 : index;
  };
  const mark = (): void => {
    rows().forEach((r, i) => {
      r.classList.toggle('drop-before', i === to && to < from);
      r.classList.toggle('drop-after', i === to && to > from);
    });
  };
  /** While the pointer stays at an edge, the panel scrolls a step a frame and the drop place follows. */
  const scrollTick = (): void => {
    frame = 0;
    if (!edge || !scroller) return;
    scroller.scrollTop += edge * SCROLL_STEP_PX;
    to = placeAt(lastY);
    mark();
    frame = view.requestAnimationFrame(scrollTick);
  };
  const finish = (): void => {
    if (frame) view.cancelAnimationFrame(frame);
    frame = 0;
    edge = 0;
    view.removeEventListener('pointermove', onMove);
    view.removeEventListener('pointerup', onUp);
    view.removeEventListener('pointercancel', onCancel);
    view.removeEventListener('keydown', onKey, true);
    list.classList.remove('dragging-list');
    for (const r of rows()) r.classList.remove('dragging', 'drop-before', 'drop-after');
  };
  const onMove = (event: PointerEvent): void => {
    if (event.pointerId !== down.pointerId) return;
    lastY = event.clientY;
    to = placeAt(lastY);
    mark();
    if (!scroller) return;
    const box = scroller.getBoundingClientRect();
    edge = lastY < box.top + EDGE_PX ? -1 : lastY > box.bottom - EDGE_PX ? 1 : 0;
    if (edge && !frame) frame = view.requestAnimationFrame(scrollTick);
  };
  const onUp = (event: PointerEvent): void => {
    if (event.pointerId !== down.pointerId) return;
    to = placeAt(event.clientY);
    finish();
    if (to !== from) onDrop(to);
  };
  const onCancel = (event: PointerEvent): void => {
    if (event.pointerId === down.pointerId) finish();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    finish();
  };
  row.classList.add('dragging');
  list.classList.add('dragging-list');
  view.addEventListener('pointermove', onMove);
  view.addEventListener('pointerup', onUp);
  view.addEventListener('pointercancel', onCancel);
  view.addEventListener('keydown', onKey, true);
}
