import { lazy, Suspense } from 'react';
import type { ActionItem } from '../../shared/retro/api.js';

/** The To Do control and all it needs (zod schemas, graph-client, msal) load only where it shows. */
const TodoControl = lazy(() => import('./todo-control.js'));

export type TodoSlotProps = {
  item: Pick<ActionItem, 'id' | 'text' | 'dueDate' | 'status'>;
  chatId: string;
  retroTitle: string;
  /** `review`: read the task back from To Do, and report it done through `onCompleted`. */
  mode: 'add' | 'review';
  onCompleted?: () => void;
};

/** "Add to To Do" for an action item; render it only for the signed-in person's own items. */
export function TodoSlot(props: TodoSlotProps) {
  return (
    <Suspense fallback={null}>
      <TodoControl {...props} />
    </Suspense>
  );
}
