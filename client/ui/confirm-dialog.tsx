import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

export type ConfirmRequest = {
  title: string;
  message: string;
  /** Differs from the button that opened it, so nobody meets two same-named buttons. */
  confirmLabel: string;
  dismissLabel: string;
  onConfirm: () => void;
};

/**
 * Asks before something that cannot be undone. It lives above the list rather than inside a card:
 * the action changes the card's buttons, and a modal unmounted mid-close would leave the page
 * hidden from assistive technology.
 */
export function ConfirmDialog({
  request,
  onDismiss,
}: {
  request: ConfirmRequest | null;
  onDismiss: () => void;
}) {
  return (
    <Dialog open={request !== null} onOpenChange={(_, data) => !data.open && onDismiss()}>
      <DialogSurface>
        {request && (
          <DialogBody>
            <DialogTitle>{request.title}</DialogTitle>
            <DialogContent>{request.message}</DialogContent>
            <DialogActions fluid>
              <Button
                appearance="primary"
                onClick={() => {
                  onDismiss();
                  request.onConfirm();
                }}
              >
                {request.confirmLabel}
              </Button>
              <Button onClick={onDismiss}>{request.dismissLabel}</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
