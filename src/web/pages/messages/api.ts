// API client of one's own messages (Berichten). Shapes come from the server's zod schemas (type-only).
import type { z } from 'zod';
import { request } from '../../api.ts';
import type { notificationsOut } from '../../../modules/notifications/routes.ts';

export type Messages = z.output<typeof notificationsOut>;
export type Message = Messages['items'][number];

export const messagesApi = {
  list: () => request<Messages>('GET', '/me/notifications'),
  unread: () => request<{ unread: number }>('GET', '/me/notifications/unread'),
  markRead: (id: string) => request<void>('POST', `/me/notifications/${encodeURIComponent(id)}/read`),
};
