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
import { useT } from '../../client/i18n.js';

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

type SurfaceProps = Omit<Props, 'label' | 'appearance' | 'disabled'> & {
  open: boolean;
  confirmDisabled?: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opens it, when there is one (a menu item opens it without one). */
  trigger?: React.JSX.Element;
};

/**
 * The one confirm dialog of the retro, opened by its own button or from a menu. It confirms only
 * once the modal surface is gone: if the action unmounted the opener while the modal was still
 * up, its aria-hidden on the rest of the page would never be undone.
 */
export function ConfirmDialogSurface(props: SurfaceProps) {
  const t = useT();
  const confirmed = useRef(false);
  const runIfConfirmed = () => {
    if (!confirmed.current) return;
    confirmed.current = false;
    props.onConfirm();
  };
  const surface = (
    <DialogSurface key="surface">
      <SurfaceGone onUnmount={runIfConfirmed} />
      <DialogBody>
        <DialogTitle>{props.title}</DialogTitle>
        <DialogContent>{props.children}</DialogContent>
        <DialogActions>
          <Button
            appearance="primary"
            disabled={props.confirmDisabled}
            onClick={() => {
              confirmed.current = true;
              props.onOpenChange(false);
            }}
          >
            {props.confirmLabel}
          </Button>
          <DialogTrigger disableButtonEnhancement>
            <Button>{t('panel.start.cancel')}</Button>
          </DialogTrigger>
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => props.onOpenChange(data.open)}>
      {props.trigger ? [props.trigger, surface] : surface}
    </Dialog>
  );
}

/** A button that asks first: for things that cannot be undone or affect everyone. */
export function ConfirmButton({ label, appearance, disabled, ...rest }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <ConfirmDialogSurface
      {...rest}
      open={open}
      onOpenChange={setOpen}
      trigger={
        <DialogTrigger key="trigger" disableButtonEnhancement>
          <Button appearance={appearance} disabled={disabled}>
            {label}
          </Button>
        </DialogTrigger>
      }
    />
  );
}
