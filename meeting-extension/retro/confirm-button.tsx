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
import { useEffect, useRef, useState, type ReactNode } from 'react';

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

/** Runs `onUnmount` when the dialog surface has left the page (after its exit motion). */
function SurfaceGone({ onUnmount }: { onUnmount: () => void }) {
  const latest = useRef(onUnmount);
  latest.current = onUnmount;
  useEffect(() => () => latest.current(), []);
  return null;
}

/** A button that asks first: for things that cannot be undone or affect everyone. */
export function ConfirmButton(props: Props) {
  const [open, setOpen] = useState(false);
  const confirmed = useRef(false);
  // Confirm only once the modal surface is gone: if the action unmounted this button while the
  // modal was still up, its aria-hidden on the rest of the page would never be undone.
  const runIfConfirmed = () => {
    if (!confirmed.current) return;
    confirmed.current = false;
    props.onConfirm();
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance={props.appearance} disabled={props.disabled}>
          {props.label}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <SurfaceGone onUnmount={runIfConfirmed} />
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                confirmed.current = true;
                setOpen(false);
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
