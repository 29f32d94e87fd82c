// Placeholder replaced by the emulator harness: starts the dev server for the e2e project.
export default function setup(): void {}
