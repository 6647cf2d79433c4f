/**
 * One request at a time per host: a feed of 100 new items must not open 100 connections to one newsroom's
 * server. Different hosts proceed in parallel.
 */
export class HostQueue {
  private tails = new Map<string, Promise<unknown>>();

  run<T>(url: string, task: () => Promise<T>): Promise<T> {
    let host: string;
    try {
      host = new URL(url).host.toLowerCase();
    } catch {
      host = url;
    }
    const previous = this.tails.get(host) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => {});
    this.tails.set(host, tail);
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return next;
  }
}
