// cheerio: load HTML, select, edit and serialize (its package also
// imports undici and Node's stream, which must load without being used).
import type { APIRoute } from 'astro';
import * as cheerio from 'cheerio';

export const GET: APIRoute = () => {
  const $ = cheerio.load('<ul id="list"><li class="a">One</li><li>Two <b>bold</b></li></ul><p data-x="1">Para</p>');
  $('li.a').addClass('first').text('Uno');
  $('#list').append('<li>Three</li>');
  const out = {
    items: $('li').map((_, el) => $(el).text()).get(),
    attr: $('p').data('x'),
    html: $.html(),
    count: $('li').length,
  };
  return new Response(JSON.stringify(out, null, 2));
};
