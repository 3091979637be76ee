import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Registers a controller through a stand-in that only passes on the host's lifecycle calls. Lit keeps a host's
 * controllers where any script in the page can read them; the controller itself, whose methods record decisions
 * or change the language, stays out of reach.
 */
export function addPrivateController(host: ReactiveControllerHost, controller: ReactiveController): void {
  host.addController({
    hostConnected: () => controller.hostConnected?.(),
    hostDisconnected: () => controller.hostDisconnected?.(),
    hostUpdate: () => controller.hostUpdate?.(),
    hostUpdated: () => controller.hostUpdated?.(),
  });
}
