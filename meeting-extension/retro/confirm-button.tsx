import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  type ButtonProps,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

type Props = {
  /** The button's label, also its accessible name. */
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  appearance?: ButtonProps['appearance'];
  disabled?: boolean;
};

/** A button that asks first: for things that cannot be undone or affect everyone. */
/** Longer than Fluent's dialog exit motion. */
const closeMotionMs = 350;

export function ConfirmButton(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance={props.appearance} disabled={props.disabled}>
          {props.label}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                // Confirm once the dialog has closed: if the action unmounts this button while the
                // modal is still open, the modal's aria-hidden on the rest of the page is never undone.
                window.setTimeout(props.onConfirm, closeMotionMs);
              }}
            >
              {props.confirmLabel}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
