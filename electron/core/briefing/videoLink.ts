/** Hosts of video-call services whose links people paste into invites. */
const VIDEO_HOSTS =
  /(^|\.)(zoom\.us|zoomgov\.com|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|meet\.jit\.si|gotomeeting\.com|chime\.aws|bluejeans\.com|facetime\.apple\.com|around\.co)$/i;
const URL = /https?:\/\/[^\s<>"')\]]+/gi;

function urlsIn(text: string): string[] {
  return (text.match(URL) ?? []).map((u) => u.replace(/[.,;:!?]+$/, ''));
}

function isVideo(url: string): boolean {
  try {
    return VIDEO_HOSTS.test(new globalThis.URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * The link to join a meeting: a known video service's link from the location, the event's URL or
 * its description (in that order), else any link written as the location itself.
 */
export function videoLinkOf(event: { location: string; url: string; description: string }) {
  const candidates = [
    ...urlsIn(event.location),
    ...urlsIn(event.url),
    ...urlsIn(event.description),
  ];
  return (
    candidates.find(isVideo) ??
    (/^https?:\/\/\S+$/i.test(event.location.trim()) ? event.location.trim() : null)
  );
}
