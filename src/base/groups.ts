import type { ReactiveController } from 'lit';
import type { WidgetHost } from './contracts.js';

/** A widget as its group sees it: it emphasises the items with an id, or none. */
export interface GroupMember {
  showLinked(id: string | undefined): void;
}

/** Widgets linked by the `group` attribute, matched by item id (not by data index). */
const groups = new Map<string, Set<GroupMember>>();

/** Keeps a widget in the group its `group` attribute names, and passes hover on to the others. */
export class GroupController implements ReactiveController {
  #name?: string;

  readonly #host: WidgetHost;
  readonly #member: GroupMember;

  constructor(
    host: WidgetHost,
    member: GroupMember,
  ) {
    this.#host = host;
    this.#member = member;
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.#name === this.#host.group) return;
    this.#leave();
    this.#name = this.#host.group;
    if (!this.#name) return;
    let members = groups.get(this.#name);
    if (!members) groups.set(this.#name, (members = new Set()));
    members.add(this.#member);
  }

  hostDisconnected(): void {
    this.#leave();
  }

  /** Tells the other members that the item `id` (or none) is hovered or chosen here. */
  broadcast(id: string | undefined): void {
    if (!this.#name) return;
    for (const member of groups.get(this.#name) ?? []) if (member !== this.#member) member.showLinked(id);
  }

  #leave(): void {
    if (!this.#name) return;
    const members = groups.get(this.#name);
    members?.delete(this.#member);
    if (members?.size === 0) groups.delete(this.#name);
    this.#name = undefined;
  }
}
