import { Spinner, tokens } from '@fluentui/react-components';

// An inline style: the loading state is part of the shell, which carries no style engine.
const rootStyle = { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL };

export function Loading({ label }: { label: string }) {
  return (
    <div style={rootStyle} role="status">
      <Spinner size="small" label={label} />
    </div>
  );
}
