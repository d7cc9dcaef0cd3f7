"""The named exports of Node.js's built-in modules, as Node 20 reports them.

Generated (not written by hand) with Node 20.20: for each public name in
`require('node:module').builtinModules`, `Object.keys(await import('node:' + name))` less
`default`; the deprecated aliases `constants` and `sys` are left out. An ESM import of a name
missing here fails to link ("does not provide an export named"), which is how the IMPORT fixer
can tell `readFileSync` belongs to `node:fs`, not `node:fs/promises`, without running Node.
"""

from __future__ import annotations

# fmt: off
_TABLE = {
    "assert": (
        "AssertionError CallTracker deepEqual deepStrictEqual doesNotMatch doesNotReject doesNotThrow "
        "equal fail ifError match notDeepEqual notDeepStrictEqual notEqual notStrictEqual ok rejects "
        "strict strictEqual throws"
    ),
    "assert/strict": (
        "AssertionError CallTracker deepEqual deepStrictEqual doesNotMatch doesNotReject doesNotThrow "
        "equal fail ifError match notDeepEqual notDeepStrictEqual notEqual notStrictEqual ok rejects "
        "strict strictEqual throws"
    ),
    "async_hooks": (
        "AsyncLocalStorage AsyncResource asyncWrapProviders createHook executionAsyncId "
        "executionAsyncResource triggerAsyncId"
    ),
    "buffer": (
        "Blob Buffer File INSPECT_MAX_BYTES SlowBuffer atob btoa constants isAscii isUtf8 kMaxLength "
        "kStringMaxLength resolveObjectURL transcode"
    ),
    "child_process": "ChildProcess _forkChild exec execFile execFileSync execSync fork spawn spawnSync",
    "cluster": (
        "SCHED_NONE SCHED_RR Worker _events _eventsCount _maxListeners disconnect fork isMaster isPrimary "
        "isWorker schedulingPolicy settings setupMaster setupPrimary workers"
    ),
    "console": (
        "Console assert clear context count countReset createTask debug dir dirxml error group "
        "groupCollapsed groupEnd info log profile profileEnd table time timeEnd timeLog timeStamp trace "
        "warn"
    ),
    "crypto": (
        "Certificate Cipher Cipheriv Decipher Decipheriv DiffieHellman DiffieHellmanGroup ECDH Hash Hmac "
        "KeyObject Sign Verify X509Certificate checkPrime checkPrimeSync constants createCipheriv "
        "createDecipheriv createDiffieHellman createDiffieHellmanGroup createECDH createHash createHmac "
        "createPrivateKey createPublicKey createSecretKey createSign createVerify diffieHellman "
        "generateKey generateKeyPair generateKeyPairSync generateKeySync generatePrime generatePrimeSync "
        "getCipherInfo getCiphers getCurves getDiffieHellman getFips getHashes getRandomValues hash hkdf "
        "hkdfSync pbkdf2 pbkdf2Sync privateDecrypt privateEncrypt publicDecrypt publicEncrypt randomBytes "
        "randomFill randomFillSync randomInt randomUUID scrypt scryptSync secureHeapUsed setEngine "
        "setFips sign subtle timingSafeEqual verify webcrypto"
    ),
    "dgram": "Socket _createSocketHandle createSocket",
    "diagnostics_channel": "Channel channel hasSubscribers subscribe tracingChannel unsubscribe",
    "dns": (
        "ADDRCONFIG ADDRGETNETWORKPARAMS ALL BADFAMILY BADFLAGS BADHINTS BADNAME BADQUERY BADRESP BADSTR "
        "CANCELLED CONNREFUSED DESTRUCTION EOF FILE FORMERR LOADIPHLPAPI NODATA NOMEM NONAME NOTFOUND "
        "NOTIMP NOTINITIALIZED REFUSED Resolver SERVFAIL TIMEOUT V4MAPPED getDefaultResultOrder "
        "getServers lookup lookupService promises resolve resolve4 resolve6 resolveAny resolveCaa "
        "resolveCname resolveMx resolveNaptr resolveNs resolvePtr resolveSoa resolveSrv resolveTxt "
        "reverse setDefaultResultOrder setServers"
    ),
    "dns/promises": (
        "ADDRGETNETWORKPARAMS BADFAMILY BADFLAGS BADHINTS BADNAME BADQUERY BADRESP BADSTR CANCELLED "
        "CONNREFUSED DESTRUCTION EOF FILE FORMERR LOADIPHLPAPI NODATA NOMEM NONAME NOTFOUND NOTIMP "
        "NOTINITIALIZED REFUSED Resolver SERVFAIL TIMEOUT getDefaultResultOrder getServers lookup "
        "lookupService resolve resolve4 resolve6 resolveAny resolveCaa resolveCname resolveMx "
        "resolveNaptr resolveNs resolvePtr resolveSoa resolveSrv resolveTxt reverse setDefaultResultOrder "
        "setServers"
    ),
    "domain": "Domain _stack active create createDomain",
    "events": (
        "EventEmitter EventEmitterAsyncResource addAbortListener captureRejectionSymbol captureRejections "
        "defaultMaxListeners errorMonitor getEventListeners getMaxListeners init listenerCount on once "
        "setMaxListeners usingDomains"
    ),
    "fs": (
        "Dir Dirent F_OK FileReadStream FileWriteStream R_OK ReadStream Stats W_OK WriteStream X_OK "
        "_toUnixTimestamp access accessSync appendFile appendFileSync chmod chmodSync chown chownSync "
        "close closeSync constants copyFile copyFileSync cp cpSync createReadStream createWriteStream "
        "exists existsSync fchmod fchmodSync fchown fchownSync fdatasync fdatasyncSync fstat fstatSync "
        "fsync fsyncSync ftruncate ftruncateSync futimes futimesSync lchmod lchmodSync lchown lchownSync "
        "link linkSync lstat lstatSync lutimes lutimesSync mkdir mkdirSync mkdtemp mkdtempSync open "
        "openAsBlob openSync opendir opendirSync promises read readFile readFileSync readSync readdir "
        "readdirSync readlink readlinkSync readv readvSync realpath realpathSync rename renameSync rm "
        "rmSync rmdir rmdirSync stat statSync statfs statfsSync symlink symlinkSync truncate truncateSync "
        "unlink unlinkSync unwatchFile utimes utimesSync watch watchFile write writeFile writeFileSync "
        "writeSync writev writevSync"
    ),
    "fs/promises": (
        "access appendFile chmod chown constants copyFile cp lchmod lchown link lstat lutimes mkdir "
        "mkdtemp open opendir readFile readdir readlink realpath rename rm rmdir stat statfs symlink "
        "truncate unlink utimes watch writeFile"
    ),
    "http": (
        "Agent ClientRequest IncomingMessage METHODS OutgoingMessage STATUS_CODES Server ServerResponse "
        "_connectionListener createServer get globalAgent maxHeaderSize request setMaxIdleHTTPParsers "
        "validateHeaderName validateHeaderValue"
    ),
    "http2": (
        "Http2ServerRequest Http2ServerResponse connect constants createSecureServer createServer "
        "getDefaultSettings getPackedSettings getUnpackedSettings performServerHandshake sensitiveHeaders"
    ),
    "https": "Agent Server createServer get globalAgent request",
    "inspector": "Network Session close console open url waitForDebugger",
    "inspector/promises": "Network Session close console open url waitForDebugger",
    "module": (
        "Module SourceMap _cache _debug _extensions _findPath _initPaths _load _nodeModulePaths "
        "_pathCache _preloadModules _resolveFilename _resolveLookupPaths builtinModules createRequire "
        "findSourceMap globalPaths isBuiltin register runMain syncBuiltinESMExports"
    ),
    "net": (
        "BlockList Server Socket SocketAddress Stream _createServerHandle _normalizeArgs "
        "_setSimultaneousAccepts connect createConnection createServer getDefaultAutoSelectFamily "
        "getDefaultAutoSelectFamilyAttemptTimeout isIP isIPv4 isIPv6 setDefaultAutoSelectFamily "
        "setDefaultAutoSelectFamilyAttemptTimeout"
    ),
    "os": (
        "EOL arch availableParallelism constants cpus devNull endianness freemem getPriority homedir "
        "hostname loadavg machine networkInterfaces platform release setPriority tmpdir totalmem type "
        "uptime userInfo version"
    ),
    "path": (
        "_makeLong basename delimiter dirname extname format isAbsolute join matchesGlob normalize parse "
        "posix relative resolve sep toNamespacedPath win32"
    ),
    "path/posix": (
        "_makeLong basename delimiter dirname extname format isAbsolute join matchesGlob normalize parse "
        "posix relative resolve sep toNamespacedPath win32"
    ),
    "path/win32": (
        "_makeLong basename delimiter dirname extname format isAbsolute join matchesGlob normalize parse "
        "posix relative resolve sep toNamespacedPath win32"
    ),
    "perf_hooks": (
        "Performance PerformanceEntry PerformanceMark PerformanceMeasure PerformanceObserver "
        "PerformanceObserverEntryList PerformanceResourceTiming constants createHistogram "
        "monitorEventLoopDelay performance"
    ),
    "process": (
        "_debugEnd _debugProcess _events _eventsCount _exiting _fatalException _getActiveHandles "
        "_getActiveRequests _kill _linkedBinding _maxListeners _preload_modules _rawDebug "
        "_startProfilerIdleNotifier _stopProfilerIdleNotifier _tickCallback abort "
        "allowedNodeEnvironmentFlags arch argv argv0 assert availableMemory binding chdir config "
        "constrainedMemory cpuUsage cwd debugPort dlopen domain emitWarning env execArgv execPath exit "
        "exitCode features getActiveResourcesInfo getBuiltinModule getegid geteuid getgid getgroups "
        "getuid hasUncaughtExceptionCaptureCallback hrtime initgroups kill loadEnvFile memoryUsage "
        "moduleLoadList nextTick openStdin pid platform ppid reallyExit release report resourceUsage "
        "setSourceMapsEnabled setUncaughtExceptionCaptureCallback setegid seteuid setgid setgroups setuid "
        "sourceMapsEnabled stderr stdin stdout title umask uptime version versions"
    ),
    "punycode": "decode encode toASCII toUnicode ucs2 version",
    "querystring": "decode encode escape parse stringify unescape unescapeBuffer",
    "readline": (
        "Interface clearLine clearScreenDown createInterface cursorTo emitKeypressEvents moveCursor "
        "promises"
    ),
    "readline/promises": "Interface Readline createInterface",
    "repl": (
        "REPLServer REPL_MODE_SLOPPY REPL_MODE_STRICT Recoverable builtinModules isValidSyntax start "
        "writer"
    ),
    "stream": (
        "Duplex PassThrough Readable Stream Transform Writable _isArrayBufferView _isUint8Array "
        "_uint8ArrayToBuffer addAbortSignal compose destroy duplexPair finished getDefaultHighWaterMark "
        "isDestroyed isDisturbed isErrored isReadable isWritable pipeline promises "
        "setDefaultHighWaterMark"
    ),
    "stream/consumers": "arrayBuffer blob buffer json text",
    "stream/promises": "finished pipeline",
    "stream/web": (
        "ByteLengthQueuingStrategy CompressionStream CountQueuingStrategy DecompressionStream "
        "ReadableByteStreamController ReadableStream ReadableStreamBYOBReader ReadableStreamBYOBRequest "
        "ReadableStreamDefaultController ReadableStreamDefaultReader TextDecoderStream TextEncoderStream "
        "TransformStream TransformStreamDefaultController WritableStream WritableStreamDefaultController "
        "WritableStreamDefaultWriter"
    ),
    "string_decoder": "StringDecoder",
    "timers": (
        "_unrefActive active clearImmediate clearInterval clearTimeout enroll promises setImmediate "
        "setInterval setTimeout unenroll"
    ),
    "timers/promises": "scheduler setImmediate setInterval setTimeout",
    "tls": (
        "CLIENT_RENEG_LIMIT CLIENT_RENEG_WINDOW DEFAULT_CIPHERS DEFAULT_ECDH_CURVE DEFAULT_MAX_VERSION "
        "DEFAULT_MIN_VERSION SecureContext Server TLSSocket checkServerIdentity connect "
        "convertALPNProtocols createSecureContext createSecurePair createServer getCiphers "
        "rootCertificates"
    ),
    "trace_events": "createTracing getEnabledCategories",
    "tty": "ReadStream WriteStream isatty",
    "url": (
        "URL URLSearchParams Url domainToASCII domainToUnicode fileURLToPath format parse pathToFileURL "
        "resolve resolveObject urlToHttpOptions"
    ),
    "util": (
        "MIMEParams MIMEType TextDecoder TextEncoder _errnoException _exceptionWithHostPort _extend "
        "aborted callbackify debug debuglog deprecate format formatWithOptions getSystemErrorMap "
        "getSystemErrorName inherits inspect isArray isBoolean isBuffer isDate isDeepStrictEqual isError "
        "isFunction isNull isNullOrUndefined isNumber isObject isPrimitive isRegExp isString isSymbol "
        "isUndefined log parseArgs parseEnv promisify stripVTControlCharacters styleText toUSVString "
        "transferableAbortController transferableAbortSignal types"
    ),
    "util/types": (
        "isAnyArrayBuffer isArgumentsObject isArrayBuffer isArrayBufferView isAsyncFunction "
        "isBigInt64Array isBigIntObject isBigUint64Array isBooleanObject isBoxedPrimitive isCryptoKey "
        "isDataView isDate isExternal isFloat32Array isFloat64Array isGeneratorFunction isGeneratorObject "
        "isInt16Array isInt32Array isInt8Array isKeyObject isMap isMapIterator isModuleNamespaceObject "
        "isNativeError isNumberObject isPromise isProxy isRegExp isSet isSetIterator isSharedArrayBuffer "
        "isStringObject isSymbolObject isTypedArray isUint16Array isUint32Array isUint8Array "
        "isUint8ClampedArray isWeakMap isWeakSet"
    ),
    "v8": (
        "DefaultDeserializer DefaultSerializer Deserializer GCProfiler Serializer cachedDataVersionTag "
        "deserialize getHeapCodeStatistics getHeapSnapshot getHeapSpaceStatistics getHeapStatistics "
        "promiseHooks queryObjects serialize setFlagsFromString setHeapSnapshotNearHeapLimit "
        "startupSnapshot stopCoverage takeCoverage writeHeapSnapshot"
    ),
    "vm": (
        "Script compileFunction constants createContext createScript isContext measureMemory runInContext "
        "runInNewContext runInThisContext"
    ),
    "wasi": "WASI",
    "worker_threads": (
        "BroadcastChannel MessageChannel MessagePort SHARE_ENV Worker getEnvironmentData isMainThread "
        "markAsUntransferable moveMessagePortToContext parentPort postMessageToThread "
        "receiveMessageOnPort resourceLimits setEnvironmentData threadId workerData"
    ),
    "zlib": (
        "BrotliCompress BrotliDecompress Deflate DeflateRaw Gunzip Gzip Inflate InflateRaw Unzip "
        "brotliCompress brotliCompressSync brotliDecompress brotliDecompressSync codes constants crc32 "
        "createBrotliCompress createBrotliDecompress createDeflate createDeflateRaw createGunzip "
        "createGzip createInflate createInflateRaw createUnzip deflate deflateRaw deflateRawSync "
        "deflateSync gunzip gunzipSync gzip gzipSync inflate inflateRaw inflateRawSync inflateSync unzip "
        "unzipSync"
    ),
}
# fmt: on

NODE_EXPORTS: dict[str, frozenset[str]] = {name: frozenset(names.split()) for name, names in _TABLE.items()}


def builtin_exports(specifier: str) -> frozenset[str] | None:
    """The named exports of a Node built-in module (`fs`, `node:fs/promises`), None for any other."""
    return NODE_EXPORTS.get(specifier.removeprefix("node:"))
