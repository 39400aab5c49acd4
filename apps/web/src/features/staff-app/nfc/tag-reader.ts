// The one door to NFC: the app asks a TagReader to listen and is told each tag's serial number.
// In a browser with Web NFC (Chrome on Android) that is `NDEFReader.scan()`; elsewhere (iOS
// Safari, desktops) there is none and the app offers the manual path. Browser tests put a
// scripted reader on `window.__hemmaTagReader` before the page loads, so the same screens run.

export interface TagReader {
  /** Starts listening; `onTag` gets the serial number (`04:a2:3b:…`) of every tag held to the phone. */
  start(onTag: (serial: string) => void, onError: (error: Error) => void): Promise<void>;
  stop(): void;
}

interface NdefReadingEvent extends Event {
  serialNumber: string;
}
interface NdefReaderLike extends EventTarget {
  scan(options?: { signal?: AbortSignal }): Promise<void>;
}
type NdefReaderConstructor = new () => NdefReaderLike;

declare global {
  interface Window {
    NDEFReader?: NdefReaderConstructor;
    /** A reader injected by browser tests (e2e/staff-app.spec.ts). */
    __hemmaTagReader?: TagReader;
  }
}

class WebNfcReader implements TagReader {
  private abort: AbortController | undefined;

  constructor(private readonly Reader: NdefReaderConstructor) {}

  async start(onTag: (serial: string) => void, onError: (error: Error) => void): Promise<void> {
    this.stop();
    this.abort = new AbortController();
    const reader = new this.Reader();
    reader.addEventListener('reading', (e) => onTag((e as NdefReadingEvent).serialNumber));
    reader.addEventListener('readingerror', () => onError(new Error('the tag could not be read')));
    await reader.scan({ signal: this.abort.signal });
  }

  stop(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}

/** The reader of this browser, or none: then the app explains and offers manual registration. */
export function tagReader(): TagReader | undefined {
  if (window.__hemmaTagReader) return window.__hemmaTagReader;
  if (window.NDEFReader) return new WebNfcReader(window.NDEFReader);
  return undefined;
}
