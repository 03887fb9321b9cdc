import { Button, FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { app } from '@microsoft/teams-js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The baseline every Teams page pays for: React, Fluent's provider and a control, and teams-js.
// Outside Teams initialize() never resolves, which is fine: only the page's cost is measured.
void app.initialize();

const root = document.getElementById('root');
if (!root) throw new Error('shell.html has no #root element; restore it from bench/shell.');
createRoot(root).render(
  <StrictMode>
    <FluentProvider theme={teamsLightTheme}>
      <Button appearance="primary">Start the retro</Button>
    </FluentProvider>
  </StrictMode>,
);
