import type { APIRoute } from 'astro';
import { addProduct, getProduct } from '../db';

// POST a product as JSON; GET /<id>.json sees it afterwards (shared module state).
export const POST: APIRoute = async ({ request }) => {
  const p = await request.json();
  if (typeof p?.id !== 'string' || typeof p?.name !== 'string') {
    return Response.json({ error: 'id and name are required' }, { status: 400 });
  }
  await addProduct({ id: p.id, name: p.name, price: Number(p.price) || 0 });
  return Response.json(await getProduct(p.id), { status: 201 });
};
