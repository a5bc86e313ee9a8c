// Fixed test keys (generated once with node:crypto), so signatures that are
// deterministic (RS256, EdDSA) can be compared byte for byte.
export const rsaPrivate = "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDgsbZwgtNyzKRz\n0ekCTAqJr4brZqoiWijsvHa/q4hXdz8EMqbqB3N6SkRiePP90YwHul8EzOLvhZFh\nXXk+RdBAB727IffQu53qj4mnC+xTyXDYpD6BjJXyWt3T+B+p/scMSx743vPamXHf\nrzHIacYG5iXGx2/L8+OYKBopfFO8aXz6Oy/T42RzMNlHtcdRMk9+UClGmxixGBEP\nnzNa/JaMALEe2BxrzlGxqMYYoSSwmgudiYWW4cBND/A387CrOf40gbTlDIbtYhd5\nOF1JD9SrMT6cCXAWSa6uaMLDIrVsVny39QkbPJw7lnjWS/OTx6+MRIBaDBGIJvdE\nIJzJL0WhAgMBAAECggEANzu4KyQdskSX0FizPHtQw9PACLGt9M/Q65DQaAFUfJu1\ng+SnnzPBsTf8Y3B0Gdqe329y2A09Y7+joxmFKkejD3pXq16IOmlEQlqSbdvCdj44\nXSjSrKnQWkj36pk9v13/tAfrTyYPL5c0pNW+GRPXN+7vLlPsKWiEc+y3sab8Nn4J\nz1KmPcmYB0qznm176/LgdXFG/LP2CQg2Q3IuBiBvpYFR+sJwzJ1dmi+AZCR/3ZnM\nDG+zvsIFGZN+3URUZY1EVI+Qn7StsdfJHAbQKu4YLdtV9cJ6nRS8gAfDMubhp9LV\nl17L+5TreOgqiJGDVuZQDF9mwooAFna6G/dvyRSzOQKBgQD7FgraR1WFsooYYGN+\nAsgsbim8WlNg0DMyl5hxFmGMjxtC1x52t/rH2kJ+4TXmGS2jRFMBWxC4Vihr0gQd\nHRyhWwfqQ37E3y/2ROTugvIZpuynY/i3VO9GhZ/2hw2EZiPc58EKDGlallZotPHP\njXfpdzvSZJa/EcX8md+C2k7GLwKBgQDlF3HwKLspZKoDNrGwWdffPH1PLQEGRIZs\n82UoiTbuTp90wyhprqSwZkWIuUu3lQNwWo0+0Me4rREETn5wiKdT/DbvqwkksmtK\nHDR5dODiE7COLPdzEMDwzr5CMnOjI+/83cSEYBOAevRukr9uCYbubwxAugvsuPK4\nU3dbND+NLwKBgQD6isUrh/CzpzMbHdtJWxdJFmf49ZyrRzU/L3vCpFWUfxvxt1xD\nlFPeZlDh8HHq94bNmpjFCoyFlBtjcz39mxX9gCtGvDDb2+Us9RQHV4yiwij04tHE\nhjD4is/SnHKFgbIZdPvvvfDGnqr8ckm0FHLp+Lsttoehguevpg8csB/YqwKBgQDL\nrM51sCDGKmMkvEm5+gZ8yHC4JdDVW7MPxk1XfrbBpFEMJD4Xx1dQJX0Ik4UH0Ing\nKAGPqVsHi4anh4nOTxBFEOVeq3dTkvTkTLMykIEnPk4n+T5+pJSFA6oPfH9muZqx\n/BCtiCWOgsIyVHGxSPMXpM8F9OKJMd1Jl5t0EL23rQKBgH5NpiMVy9tigRjAm4yB\ncrb6C4S++4tqtwbjJOTKOM/mjt29wewgepSFO/ECLJlzcxNcZ1ehZoI7/AnKhRN+\nbU+m2Ua3aEyOGUS4TOU+8Eb/iHzq1ZtgMPm0//tXdhsyzWHR2U0kbpHWoaUxAcbi\nigjyUGlQ3Z/KxKL0dJa4LAgV\n-----END PRIVATE KEY-----\n";
export const rsaPublic = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4LG2cILTcsykc9HpAkwK\nia+G62aqIloo7Lx2v6uIV3c/BDKm6gdzekpEYnjz/dGMB7pfBMzi74WRYV15PkXQ\nQAe9uyH30Lud6o+JpwvsU8lw2KQ+gYyV8lrd0/gfqf7HDEse+N7z2plx368xyGnG\nBuYlxsdvy/PjmCgaKXxTvGl8+jsv0+NkczDZR7XHUTJPflApRpsYsRgRD58zWvyW\njACxHtgca85RsajGGKEksJoLnYmFluHATQ/wN/Owqzn+NIG05QyG7WIXeThdSQ/U\nqzE+nAlwFkmurmjCwyK1bFZ8t/UJGzycO5Z41kvzk8evjESAWgwRiCb3RCCcyS9F\noQIDAQAB\n-----END PUBLIC KEY-----\n";
export const ed25519 = {
  "crv": "Ed25519",
  "d": "gBO-ta4G57-CkOX_UC17k2mRqcOWU5a3OU46snAdZ7E",
  "x": "3DBcGBoqE-A3yPcE5rFjX2csfU2WGca5XmIa7PXE1HY",
  "kty": "OKP"
};
export const p256 = {
  "kty": "EC",
  "x": "qJJ_XY8kYRoDgIF_vHR9mWecGo3dCWY-gP7rQZHYZhw",
  "y": "se7O6ucHdMmgb4ZqF0_OYmi26X6SvvVaLVqLjHTInlY",
  "crv": "P-256",
  "d": "TbTj6JljiCvyhLec2U4fQs06EI6BsHs5tQtsMdvEyMU"
};
