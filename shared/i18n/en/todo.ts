/** English text of the `todo` area: action items in their owners' Microsoft To Do (#16). */
export const todo = {
  'todo.button.add': 'Add to To Do',
  'todo.button.addAgain': 'Add to To Do again',
  'todo.button.adding': 'Adding to To Do…',
  'todo.button.label': 'Add to To Do: {text}',
  'todo.status.added': 'In your To Do',
  'todo.status.completed': 'Completed in your To Do',
  'todo.status.deleted':
    'This task was deleted in To Do. Add it again if you still want it in your list.',
  'todo.task.body': 'An action item from the retro "{retro}" in Candor.',
  'todo.error.consent':
    'Candor was not allowed to add tasks to your To Do, so nothing was added. Select "Add to To Do" again and accept the prompt; if your organisation blocks it, ask your admin to allow the Tasks.ReadWrite permission for Candor. The retro goes on.',
  'todo.error.cancelled':
    'The permission prompt was closed, so nothing was added to To Do. Select "Add to To Do" again when you are ready. The retro goes on.',
  'todo.error.noNaa':
    'This Teams client cannot give Candor access to your To Do: that needs nested app authentication, which the new Teams on the web and desktop offer. Add the task in To Do yourself; the retro goes on.',
  'todo.error.throttled':
    'Microsoft To Do is busy right now. Try again in a minute; the retro goes on.',
  'todo.error.failed':
    'Candor could not add this to To Do ({reason}). Try again in a moment; the retro goes on.',
  'todo.server.actionGone':
    'This action item no longer exists. Reload Candor to see the current action items.',
  'todo.server.notOwner':
    'Only the owner of an action item can add it to their To Do. Ask the owner to add it.',
} as const;
