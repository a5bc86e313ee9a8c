var __REQUIRE__ = function(__X__) {
  throw Error('Cannot find module "' + __X__ + '": Comet bundles modules at build time, and import() or require() of a specifier known only at run time cannot load one (a template literal such as import(`./dir/${name}.js`) bundles the files it can match)');
};
