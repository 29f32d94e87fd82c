import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientHost } from './client-host';
import { fidelityFromParams } from './fidelity';
import { createZoomEmulator } from './emulator-api';
import { MeetingSim } from './meeting-sim';
import { PanelControl } from './panel-control';
import { createRandom } from './random';
import { buildScenario, parseScenarioName } from './scenarios';
import { EmulatorContext } from './ui/emulator-context';
import { EmulatorApp } from './ui/emulator-app';
import { PANEL_WIDTH, parseWidth, safePanelPath, ViewStore } from './view-store';
import { authorizerFor, parseAuthorizationEndpoint } from './zoom-consent';
import './emulator.css';

// URL: ?scenario=default|empty|rush &seed=N &speed=N (scenario time) &theme=light|dark
//      &width=px &latency=ms &panel=/same-origin/path (defaults to the panel, /index.html)
//      &clientVersion=5.16.9 (an older client: no e-mail verification)
//      &oauth=<authorization endpoint on loopback, with client_id and redirect_uri> (real codes)
const params = new URLSearchParams(window.location.search);
const seed = Number.parseInt(params.get('seed') ?? '1', 10) || 1;
const speed = Math.max(0.1, Number(params.get('speed')) || 1);
const scenario = buildScenario(parseScenarioName(params.get('scenario')), seed);

const fidelity = fidelityFromParams(params);
const clientVersion = params.get('clientVersion');
const authorizationEndpoint = parseAuthorizationEndpoint(params.get('oauth'));
const sim = new MeetingSim(scenario.setup, {
  seed,
  ...(clientVersion && /^\d+(\.\d+){1,3}$/.test(clientVersion) ? { clientVersion } : {}),
  // Scenario time: a config lifetime of 2 h at speed=3600 lasts 2 s.
  fidelity: {
    ...fidelity,
    configExpiresAfterMs:
      fidelity.configExpiresAfterMs === null ? null : fidelity.configExpiresAfterMs / speed,
  },
  ...(authorizationEndpoint ? { authorizer: authorizerFor(authorizationEndpoint) } : {}),
});
const host = new ClientHost(sim, window, seed);
const delivery = params.get('delivery');
if (delivery === 'instant' || delivery === 'realistic')
  host.setDelivery({
    mode: delivery,
    reorder: params.get('reorder') === '1',
    doubleEvery: Number.parseInt(params.get('doubleEvery') ?? '0', 10) || 0,
  });
const latency = Number(params.get('latency'));
if (Number.isFinite(latency) && latency > 0) host.setLatency(latency);
const panel = new PanelControl(sim, host);
const view = new ViewStore({
  theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  panelWidth: parseWidth(params.get('width')) ?? PANEL_WIDTH,
  panelPath: safePanelPath(params.get('panel')) ?? '/index.html',
});
const emulator = createZoomEmulator({ sim, host, panel, view, scenario, seed, speed });
window.zoomEmulator = emulator;

const root = document.getElementById('root');
if (!root) throw new Error('emulator.html has no #root');
createRoot(root).render(
  <StrictMode>
    <EmulatorContext.Provider
      value={{ sim, emulator, view, panel, scenario, seed, random: createRandom(seed * 7919 + 1) }}
    >
      <EmulatorApp />
    </EmulatorContext.Provider>
  </StrictMode>,
);
