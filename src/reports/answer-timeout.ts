/**
 * A fetch that gives up when no answer's headers arrive in time: a host that accepts the connection and
 * never answers must not hold an admin's question for minutes.
 */

/** `fetch(url, init)`, aborted with an `ANSWER_TIMEOUT` error after `timeoutMs` without headers; `init.signal` still aborts it. */
export async function fetchWithAnswerTimeout(url: URL, init: RequestInit, timeoutMs: number): Promise<Response> {
  const answer = new AbortController();
  const timer = setTimeout(() => answer.abort(answerTimeout(timeoutMs)), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, answer.signal]) : answer.signal });
  } finally {
    clearTimeout(timer);
  }
}

function answerTimeout(ms: number): Error {
  return Object.assign(new Error(`no answer within ${ms / 1000} s`), { code: 'ANSWER_TIMEOUT' });
}
