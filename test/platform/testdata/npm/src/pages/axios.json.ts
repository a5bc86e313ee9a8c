// axios: loads (its Node adapter imports http, https, zlib, stream),
// builds URIs, merges config and headers, and reports errors.
import type { APIRoute } from 'astro';
import axios, { AxiosHeaders, AxiosError } from 'axios';

export const GET: APIRoute = () => {
  const api = axios.create({ baseURL: 'https://api.example.com/v1', headers: { 'X-Key': 'k' }, params: { lang: 'en' } });
  const headers = new AxiosHeaders({ 'content-type': 'application/json', Accept: 'text/plain' });
  headers.set('X-Other', 'o');
  const err = new AxiosError('boom', 'ECONNREFUSED');
  const out = {
    uri: api.getUri({ url: '/users', params: { page: 2, q: 'a b' } }),
    defaults: api.defaults.baseURL,
    headers: headers.toJSON(),
    contentType: headers.getContentType(),
    isAxiosError: axios.isAxiosError(err),
    error: [err.message, err.code, err.name],
    toFormData: typeof axios.toFormData,
  };
  return new Response(JSON.stringify(out, null, 2));
};
