// stripe: webhook signature verification with a locally generated header,
// synchronous (Stripe's node build, which Astro's node adapter and Comet
// resolve, verifies with node:crypto) and asynchronous, a bad signature and
// an old timestamp.
import type { APIRoute } from 'astro';
import Stripe from 'stripe';

// tamper changes the signature's first digit (replacing it with a fixed
// digit would leave one signature in 16 unchanged: the timestamp is now).
const tamper = (header: string) => header.replace(/v1=(.)/, (_, c) => 'v1=' + (c === '0' ? '1' : '0'));

export const GET: APIRoute = async () => {
  const stripe = new Stripe('sk_test_123');
  const secret = 'whsec_test_secret';
  const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'checkout.session.completed', data: { object: { id: 'cs_1', amount_total: 1999 } } });
  const timestamp = Math.floor(Date.now() / 1000);
  const header = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret, timestamp });
  const event = await stripe.webhooks.constructEventAsync(payload, header, secret);
  const subtle = await stripe.webhooks.constructEventAsync(payload, header, secret, undefined, Stripe.createSubtleCryptoProvider());
  let bad;
  try {
    await stripe.webhooks.constructEventAsync(payload, tamper(header), secret);
  } catch (e: any) {
    bad = [e.type, e.message.split('\n')[0]];
  }
  let old;
  try {
    await stripe.webhooks.constructEventAsync(payload, await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret, timestamp: 1000 }), secret);
  } catch (e: any) {
    old = [e.type, e.message];
  }
  const fixed = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret, timestamp: 1709200000 });
  const syncHeader = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
  const sync = stripe.webhooks.constructEvent(payload, syncHeader, secret);
  let syncBad;
  try {
    stripe.webhooks.constructEvent(payload, tamper(syncHeader), secret);
  } catch (e: any) {
    syncBad = [e.type, e.message.split('\n')[0]];
  }
  return new Response(JSON.stringify({ event, same: JSON.stringify(subtle) === JSON.stringify(event), fixed, bad, old, sync: JSON.stringify(sync) === JSON.stringify(event), syncHeader: syncHeader === header, syncBad }, null, 2));
};
