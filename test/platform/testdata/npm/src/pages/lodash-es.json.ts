// lodash-es: the collection, object and string helpers, and _.template.
import type { APIRoute } from 'astro';
import { camelCase, chunk, cloneDeep, debounce, escape, get, groupBy, isEqual, kebabCase, merge, orderBy, pick, set, sortBy, template, uniqBy, words } from 'lodash-es';

export const GET: APIRoute = () => {
  const users = [
    { name: 'ada', age: 36, team: 'a' },
    { name: 'bob', age: 25, team: 'b' },
    { name: 'cy', age: 36, team: 'a' },
  ];
  const obj = { a: { b: [{ c: 1 }] } };
  const copy = cloneDeep(obj);
  set(copy, 'a.b[0].d', 2);
  const out = {
    groupBy: groupBy(users, 'team'),
    orderBy: orderBy(users, ['age', 'name'], ['desc', 'asc']).map((u) => u.name),
    sortBy: sortBy(users, (u) => u.name.length).map((u) => u.name),
    chunk: chunk([1, 2, 3, 4, 5], 2),
    uniqBy: uniqBy(users, 'age').length,
    get: [get(obj, 'a.b[0].c'), get(obj, 'a.x.y', 'dflt')],
    copy,
    isEqual: [isEqual(obj, cloneDeep(obj)), isEqual(obj, copy)],
    merge: merge({ a: [1], b: { c: 1 } }, { a: [2, 3], b: { d: 2 } }),
    pick: pick(users[0], ['name', 'age']),
    strings: [camelCase('Foo Bar-baz'), kebabCase('fooBar Baz'), words('héllo wörld, ünï'), escape('<a href="x">&</a>')],
    template: template('Hello <%= user %>! <% for (const t of tags) { %><li><%- t %></li><% } %>')({ user: 'Ada', tags: ['<x>', 'y'] }),
    debounce: typeof debounce(() => 1, 10),
  };
  return new Response(JSON.stringify(out, null, 2));
};
