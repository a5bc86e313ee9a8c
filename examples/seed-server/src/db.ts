// A mock product database (the seed's `../db`), kept in memory: every route
// shares this one module instance, as in Node.
export interface Product { id: string; name: string; price: number }

const products: Record<string, Product> = {
  helmet: { id: 'helmet', name: 'Space helmet', price: 100 },
  boots: { id: 'boots', name: 'Moon boots', price: 50 },
};

const links: Record<string, string> = {
  astro: 'https://astro.build/',
  docs: 'https://docs.astro.build/en/getting-started/',
};

export async function getProduct(id: string): Promise<Product | undefined> {
  return products[id];
}

export async function addProduct(p: Product): Promise<void> {
  products[p.id] = p;
}

export async function getLinkUrl(id: string): Promise<string | undefined> {
  return links[id];
}
