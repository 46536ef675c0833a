"""The methods ``dataclasses`` writes for wardley's dataclasses, compiled with the
package (see wardley._dataclass).

Made by tools/dataclass_methods.py on Python 3.11: do not edit.
"""

PYTHON = (3, 11)
FUNCTIONS = {}


def __create_fn__():
 def __hash__(self):
  return hash((self.old,self.new,self.reason,self.kind,))
 return __hash__
FUNCTIONS['009483980897876c786410523c38b2b9a4f51fb389545bf454b7e93e97fccc30'] = __create_fn__


def __create_fn__(_type_code, _type_message, _type_span, _type_severity, _type_hint, _type_path, _type_related, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severity, _dflt_hint, _dflt_path, _dflt_related, _return_type):
 def __init__(self,code:_type_code,message:_type_message,span:_type_span,severity:_type_severity=_dflt_severity,hint:_type_hint=_dflt_hint,path:_type_path=_dflt_path,related:_type_related=_dflt_related)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'related',related)
 return __init__
FUNCTIONS['00e91c13b7726193b42fb68ecb35990fcb0bc7ccb83a843ffbe5cda0f78da6f4'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(width={self.width!r}, height={self.height!r}, background={self.background!r}, background_to={self.background_to!r}, id_prefix={self.id_prefix!r}, title={self.title!r}, description={self.description!r}, shapes={self.shapes!r})"
 return __repr__
FUNCTIONS['013f4e833315016059b1682fbba67fae79a722f48132720a95de6d7b4ff9ad0d'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.kind,self.keyword,self.position,self.label,self.inertia,self.method,self.market,self.ecosystem,self.tags,self.pipeline,self.url,))
 return __hash__
FUNCTIONS['013fbae06685f9ac2bdff3d997141bf835bbbee13bdec053522c7165177b0679'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','name','line','start','end','role','quoted',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['0171acce9f80e41d7c6ba729a63479ea9c6af1417dc385ea68332194bbb5acd2'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.x,self.y,self.anchor,self.box,self.leader,)==(other.key,other.x,other.y,other.anchor,other.box,other.leader,)
  return NotImplemented
 return __eq__
FUNCTIONS['018da51ab58e580c34cd4affeed0134a9e7e9921c1fa61e7005a098cda5e38fd'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.description,self.background,self.background_to,self.font_family,self.italic,self.text,self.muted_text,self.title_size,self.label_size,self.axis_size,self.small_size,self.axis,self.separator,self.visible_label,self.invisible_label,self.corner_labels,self.shape,self.radius,self.component_fill,self.component_stroke,self.component_stroke_width,self.need_fill,self.need_stroke,self.box_text,self.user_style,self.user_colour,self.user_fill,self.link,self.link_width,self.flow,self.flow_text,self.evolve,self.evolve_width,self.inertia,self.build_fill,self.buy_fill,self.outsource_fill,self.ecosystem_fill,self.ecosystem_hatch,self.pipeline_fill,self.pipeline_stroke,self.overlay_opacity,self.overlay_default,self.note,self.annotation_stroke,self.accelerator_fill,self.accelerator_stroke,))
 return __hash__
FUNCTIONS['019914679fbecd611b520c254f0c98d1c7b65772583e80d6294b9b3ba5d038c4'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.prefixes,)==(other.prefixes,)
  return NotImplemented
 return __eq__
FUNCTIONS['0429d34990d5f716df9f60e0bafffbd98d7593a1afd32bf9463287a1906c1ccc'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.description,self.background,self.background_to,self.font_family,self.italic,self.text,self.muted_text,self.title_size,self.label_size,self.axis_size,self.small_size,self.axis,self.separator,self.visible_label,self.invisible_label,self.corner_labels,self.shape,self.radius,self.component_fill,self.component_stroke,self.component_stroke_width,self.need_fill,self.need_stroke,self.box_text,self.user_style,self.user_colour,self.user_fill,self.link,self.link_width,self.flow,self.flow_text,self.evolve,self.evolve_width,self.inertia,self.build_fill,self.buy_fill,self.outsource_fill,self.ecosystem_fill,self.ecosystem_hatch,self.pipeline_fill,self.pipeline_stroke,self.overlay_opacity,self.overlay_default,self.note,self.annotation_stroke,self.accelerator_fill,self.accelerator_stroke,)==(other.name,other.description,other.background,other.background_to,other.font_family,other.italic,other.text,other.muted_text,other.title_size,other.label_size,other.axis_size,other.small_size,other.axis,other.separator,other.visible_label,other.invisible_label,other.corner_labels,other.shape,other.radius,other.component_fill,other.component_stroke,other.component_stroke_width,other.need_fill,other.need_stroke,other.box_text,other.user_style,other.user_colour,other.user_fill,other.link,other.link_width,other.flow,other.flow_text,other.evolve,other.evolve_width,other.inertia,other.build_fill,other.buy_fill,other.outsource_fill,other.ecosystem_fill,other.ecosystem_hatch,other.pipeline_fill,other.pipeline_stroke,other.overlay_opacity,other.overlay_default,other.note,other.annotation_stroke,other.accelerator_fill,other.accelerator_stroke,)
  return NotImplemented
 return __eq__
FUNCTIONS['06411f4f2598aafa3a06bfb70bc1758d22ee20a1a4bc626ec77ec42c3759ff8c'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, role={self.role!r}, x1={self.x1!r}, y1={self.y1!r}, x2={self.x2!r}, y2={self.y2!r}, style={self.style!r}, arrow={self.arrow!r})"
 return __repr__
FUNCTIONS['06eb66daff5621998e5a7aa67bb59039cd099141e8195a122613f9fce5eb14b2'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.column,self.width,self.what,self.expected,self.token_type,)==(other.column,other.width,other.what,other.expected,other.token_type,)
  return NotImplemented
 return __eq__
FUNCTIONS['076e3eab4c1cde42d95eb2adf26d48a8dbdf67559048917f58db3f6727c4549c'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.role,self.d,self.style,))
 return __hash__
FUNCTIONS['0810fce8f5396e756abc5ac25e71d6c9834948878d15c0ee6c96e49e680bec1e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','role','x','y','width','height','style','rx',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['088661cff0ada9e967453b93b484366de0c6d0b2cd8f6763c667322487ead77d'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.kind,self.detail,self.line,self.start,self.text,self.sort,)==(other.label,other.kind,other.detail,other.line,other.start,other.text,other.sort,)
  return NotImplemented
 return __eq__
FUNCTIONS['08c6d3776da617ec0f485368dfd76c66b0ad1a20a68943c390b1d238e006f7f9'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','members','bounds','span','name_spans',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['0a22cc9a3a036e332636b7c0ee346ab29063f134230f8962149d5b3ee55d3adf'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('number','code','tree',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['0a7cccfad7423a48d22bcd21ffe4fcb0d76b59c033152a5da69100be00927368'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.name,self.x,self.y,self.version,self.theme,self.state,)==(other.index,other.name,other.x,other.y,other.version,other.theme,other.state,)
  return NotImplemented
 return __eq__
FUNCTIONS['0b0bd4c38cc3f200bd06ef8690b62efd9f55f8048eb43b53fa83036afc626df1'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.shape,self.order,))
 return __hash__
FUNCTIONS['0b8d8da9f517fbd2a0de9031fb5aea4f07cd45c0b80832352959141931ab861e'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.diagnostic,self.edits,self.preferred,)==(other.title,other.diagnostic,other.edits,other.preferred,)
  return NotImplemented
 return __eq__
FUNCTIONS['0be149a35d0968f2af2602e691cec9ead4264da864a9b31baba7471da177f9f7'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.column,self.width,self.what,self.expected,self.token_type,))
 return __hash__
FUNCTIONS['0c25a996a11330f4203de2b0cbb3b0619eb44d026eee80bbc479b717e0811758'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.number,self.code,self.comments,self.cut_bracket,)==(other.number,other.code,other.comments,other.cut_bracket,)
  return NotImplemented
 return __eq__
FUNCTIONS['0c65142dbcb4724432f71e132703bf19205664e11fc8ad3ce137357f93da44c7'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text_overlap','text_over_symbol','text_over_line','cut_off','misattributed','furniture','findings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['0c690bf01c78d4186bb40fb9e1704b6517405d1a2564543c32ce354b11ae2b4d'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.max_bytes,self.max_lines,self.max_components,self.max_links,self.max_line_length,))
 return __hash__
FUNCTIONS['0c91f1399ba300d557e611fb76fee562588d2a03212b713692a30c667d052d15'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.maps,self.refused,self.readable,self.faults,)==(other.maps,other.refused,other.readable,other.faults,)
  return NotImplemented
 return __eq__
FUNCTIONS['0d03b1c233c37c8f137c4c0c7de569067ad1f8fda728c3924cd073b4c2e80465'] = __create_fn__


def __create_fn__(_type_kind, _type_name, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,name:_type_name,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__
FUNCTIONS['0d2c357524f4bd696d59c86f9c698e5211fed619fc1109fc619f79611b97c683'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.position,self.deaccelerator,)==(other.name,other.position,other.deaccelerator,)
  return NotImplemented
 return __eq__
FUNCTIONS['0d7bc9163edc25093972543df43ffdee05811e8ba75ca9c9247d75490c18d952'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.role,self.d,self.style,)==(other.id,other.role,other.d,other.style,)
  return NotImplemented
 return __eq__
FUNCTIONS['0e7c8c8e2569c58cb0d6794f79c0042fd074b727e9a1f81fe8f5d4739284c2ca'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('visibility','evolution','stage','within',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['0ead3c3edaeb68a6c95f3eccd4541624649564d07394f478ee3de746e0fcd4cf'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x,self.y,self.width,self.height,))
 return __hash__
FUNCTIONS['0f2e9a8ac975cbb4f302e7e8a07198e088c4b4ffba5b45dc1d7f5932f6fbfe90'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.label,self.kind,self.detail,self.line,self.start,self.text,self.sort,))
 return __hash__
FUNCTIONS['0fa4e1d4add1cd1cbe5b24006c347a9479539acf596b755490270e1e6350d0ca'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.visibility,self.evolution,self.stage,self.within,)==(other.visibility,other.evolution,other.stage,other.within,)
  return NotImplemented
 return __eq__
FUNCTIONS['1023763e1eff1a5e98ef3c3078689944991b24c438300f87d9d143a05486b611'] = __create_fn__


def __create_fn__(_type_name, _type_old, _type_new, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _return_type):
 def __init__(self,name:_type_name,old:_type_old,new:_type_new,kind:_type_kind=_dflt_kind)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'old',old)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
 return __init__
FUNCTIONS['105673008aec404e7b1a27408612a99dc38edea613947598f6564fafdd3d9b2e'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.x,self.y,self.anchor,self.box,self.leader,))
 return __hash__
FUNCTIONS['108224006c67b013363e00dc9b896d50ea7ab16218c3968fc7d030421c6bb8fb'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, role={self.role!r}, d={self.d!r}, style={self.style!r})"
 return __repr__
FUNCTIONS['13abb98f9efd5e90060c575b51527520a9ba90819a2baac0044c21da9fea9206'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('width','height','left','top','right','bottom',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['13ae3468e524a043099bd7c737d77f72c0d2027d2a4609eca4f40d3357375557'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, corners={self.corners!r}, span={self.span!r})"
 return __repr__
FUNCTIONS['14b5fa272103d8d38552adae0a8b301d7aefe72842a68ee076d5c3f62e6d3f01'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.x,self.y,self.r,self.lines,self.size,self.bold,self.offset,self.around,self.core,self.symbol,))
 return __hash__
FUNCTIONS['1550ad58a774cff5fb1e8a979c2200017bc13960e431c8f3be493d2bb5baa84d'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, old={self.old!r}, new={self.new!r}, kind={self.kind!r})"
 return __repr__
FUNCTIONS['15cb77985ec201efa179b1315d91a1f99e179d7b979e3b5c3e87b7206f0db757'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.width,self.height,self.left,self.top,self.right,self.bottom,))
 return __hash__
FUNCTIONS['161d2bf6a395bc586a05197f81cc035f8ac23bae4b7a0bbf0d5c3e5bcc08311b'] = __create_fn__


def __create_fn__(_type_shape, _type_order, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,shape:_type_shape,order:_type_order)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
 return __init__
FUNCTIONS['16cb82c06aaa5dc1f98723a4f5604be30d23fa07297c82eb626b046c43dc3bb6'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(members={self.members!r}, allowed={self.allowed!r}, pipeline={self.pipeline!r}, span={self.span!r}, row={self.row!r}, pad={self.pad!r}, label={self.label!r})"
 return __repr__
FUNCTIONS['18ad6437808aafc9fe367d96689ea1dbea483120ba40b0f5711e731d0b192901'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','corners','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['18c04f39bd1a92b56aeffd39944af69674b07eea5d298ddb7100b84d249855c1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('visibility','evolution','fixed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['18dbdf148440807fac3ad13b0ee6d975cacbe472a4e51c8d74d5ede280e7c0d1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('column','width','what','expected','token_type',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['1a590862aff63dc92b50afd075b99530873465f3079cf1d5380268859fdd6107'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(width={self.width!r}, height={self.height!r}, left={self.left!r}, top={self.top!r}, right={self.right!r}, bottom={self.bottom!r})"
 return __repr__
FUNCTIONS['1a6eb3221a0fcb35519de99f192601a0f9c3b6423373fd45ea7712b04e0091d5'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('label','kind','detail','line','start','text','sort',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['1b2d792dcdb21c817b72acbd1c9ba051907dab6cd1634e9a771ed4db38de7470'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(component={self.component!r}, position={self.position!r}, to={self.to!r}, label={self.label!r}, inertia={self.inertia!r}, method={self.method!r}, market={self.market!r}, ecosystem={self.ecosystem!r}, tags={self.tags!r}, span={self.span!r}, name_spans={self.name_spans!r}, label_span={self.label_span!r})"
 return __repr__
FUNCTIONS['1b41c423a089cfb8b4f64d1c94196ceb0fab831454d12f058e64543880052f03'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','role','x','y','lines','size','fill','font_family','bold','anchor','box','rotate','href','italic','of',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['1c1593a39a4fd9ab2a6f7c4d11d2d446bf181629bac3357aa0927f2e1bc09e2c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','description','background','background_to','font_family','italic','text','muted_text','title_size','label_size','axis_size','small_size','axis','separator','visible_label','invisible_label','corner_labels','shape','radius','component_fill','component_stroke','component_stroke_width','need_fill','need_stroke','box_text','user_style','user_colour','user_fill','link','link_width','flow','flow_text','evolve','evolve_width','inertia','build_fill','buy_fill','outsource_fill','ecosystem_fill','ecosystem_hatch','pipeline_fill','pipeline_stroke','overlay_opacity','overlay_default','note','annotation_stroke','accelerator_fill','accelerator_stroke',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['1c32d1e4f7d9698e7d2271691830efcc77f44d1ff1601202344231245ffadd5a'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.target,self.operator,self.flow_label,self.label,)==(other.source,other.target,other.operator,other.flow_label,other.label,)
  return NotImplemented
 return __eq__
FUNCTIONS['1cc9adb258c9eab60db84aaf516cf74892f2d2253347497f2c25b264c630a774'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','method','problem',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['1e709da5f4f6df8e4f4d170f179f0f00fa306742b3cdab3fee658c723697af95'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.line,self.start,self.end_line,self.end,self.text,))
 return __hash__
FUNCTIONS['1fa50032c3922c23cee482f92e1d6b53712972bf8532d33303ef474a613f277a'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.members,self.allowed,self.pipeline,self.span,self.row,self.pad,self.label,))
 return __hash__
FUNCTIONS['200ed17bcf89930fcd8f69e2df0831b9e758e70ad3b7c3be6bf9ba34d494a746'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.changes,)==(other.changes,)
  return NotImplemented
 return __eq__
FUNCTIONS['20cea89e9e1146317e4078360e2ee436ffabfdd7fffc93cce443178bb000fd66'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(number={self.number!r}, code={self.code!r}, comments={self.comments!r}, cut_bracket={self.cut_bracket!r})"
 return __repr__
FUNCTIONS['217ea86cafdab704963110927c72f77e8ce19601c4567825d7b4c2575e196fe6'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('shape','order',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['24ef2212d9429d2e3d43847acf672665b37e9d2c128ebb662a63ebc2306a4fb5'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.role,self.cx,self.cy,self.r,self.style,))
 return __hash__
FUNCTIONS['25474b03063c0414c45c42f1f6d7c8e9f721813bafe0c44b91522bbfd9ca5412'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.members,self.bounds,))
 return __hash__
FUNCTIONS['26bbd0a7fc7961dad8ccb761e96c2ffd6b23fa30608225bd9dea5d211d1b6aa5'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','role','x1','y1','x2','y2','style','arrow',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['27c2db6ef56cd89df02d1819fe764ce4b88ae15ad0ac075ef60f4385b565713a'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.component,self.position,self.to,self.label,self.inertia,self.method,self.market,self.ecosystem,self.tags,)==(other.component,other.position,other.to,other.label,other.inertia,other.method,other.market,other.ecosystem,other.tags,)
  return NotImplemented
 return __eq__
FUNCTIONS['29e92bcb75c498f22a720db45a1a7cb268c60ebc7e7d7c577161f7deb6b8b496'] = __create_fn__


def __create_fn__(_type_fill, _type_stroke, _type_stroke_width, _type_dash, _type_opacity, _type_fill_opacity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fill, _dflt_stroke, _dflt_stroke_width, _dflt_dash, _dflt_opacity, _dflt_fill_opacity, _return_type):
 def __init__(self,fill:_type_fill=_dflt_fill,stroke:_type_stroke=_dflt_stroke,stroke_width:_type_stroke_width=_dflt_stroke_width,dash:_type_dash=_dflt_dash,opacity:_type_opacity=_dflt_opacity,fill_opacity:_type_fill_opacity=_dflt_fill_opacity)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'fill',fill)
  __dataclass_builtins_object__.__setattr__(self,'stroke',stroke)
  __dataclass_builtins_object__.__setattr__(self,'stroke_width',stroke_width)
  __dataclass_builtins_object__.__setattr__(self,'dash',dash)
  __dataclass_builtins_object__.__setattr__(self,'opacity',opacity)
  __dataclass_builtins_object__.__setattr__(self,'fill_opacity',fill_opacity)
 return __init__
FUNCTIONS['2ab303e50ce6b795b356b61674fc57d153d1571382927cdf4759b4d7190ec1ff'] = __create_fn__


def __create_fn__(_type_name, _type_kind, _type_detail, _type_range, _type_selection, _type_children, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_children, _return_type):
 def __init__(self,name:_type_name,kind:_type_kind,detail:_type_detail,range:_type_range,selection:_type_selection,children:_type_children=_dflt_children)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'detail',detail)
  __dataclass_builtins_object__.__setattr__(self,'range',range)
  __dataclass_builtins_object__.__setattr__(self,'selection',selection)
  __dataclass_builtins_object__.__setattr__(self,'children',children)
 return __init__
FUNCTIONS['2b781390128ea80a78915314e25767dfc9e8c2b80caf60668d7bdb3542cfee68'] = __create_fn__


def __create_fn__(_type_visibility, _type_evolution, _type_fixed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,visibility:_type_visibility,evolution:_type_evolution,fixed:_type_fixed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'visibility',visibility)
  __dataclass_builtins_object__.__setattr__(self,'evolution',evolution)
  __dataclass_builtins_object__.__setattr__(self,'fixed',fixed)
 return __init__
FUNCTIONS['2c005e298623d6c0abb0c55cd124551361c59564ab56a230bd33fb0a2f4a7e4d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','role','cx','cy','r','style',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['2d76b31d30f45fc7f0d77d95fb463a6e6f7d680a931b67fdfcd015fe7f70752a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','position','deaccelerator','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['2e6752f3ff9a4ec9178c59540b10607b4c5fe628db6e72d0f3b0ab0687732190'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('shape','order',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['2e9717819077c6caa4970e06bcde75088c6bfe9725be5a6fe2bbd795fba91b80'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.width,self.height,self.background,self.background_to,self.id_prefix,self.title,self.description,self.shapes,))
 return __hash__
FUNCTIONS['2eb0f8b66c47af6fb35db11a748fd7074ec780c33936624175d1e7704744771c'] = __create_fn__


def __create_fn__(_type_id, _type_method, _type_problem, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,method:_type_method,problem:_type_problem)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'method',method)
  __dataclass_builtins_object__.__setattr__(self,'problem',problem)
 return __init__
FUNCTIONS['2ef2704e5655ffaceef3db42a021b275a42f1f3a1d239324f15af1b63549e3e0'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(number={self.number!r}, code={self.code!r}, tree={self.tree!r})"
 return __repr__
FUNCTIONS['2fa37bd634f1c5ef1fe930eaa8bf1b5b82a7e8afee067fb74ab402dd35968f18'] = __create_fn__


def __create_fn__(_type_id, _type_role, _type_x, _type_y, _type_width, _type_height, _type_style, _type_rx, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rx, _return_type):
 def __init__(self,id:_type_id,role:_type_role,x:_type_x,y:_type_y,width:_type_width,height:_type_height,style:_type_style,rx:_type_rx=_dflt_rx)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'rx',rx)
 return __init__
FUNCTIONS['3098b9cb60b3aeacd39146654485733ca7771c00bf0820137732d1ec4e6c57e4'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('number','places','text','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['30c5f1edb17a6cde8757533b3cf6b12408940a651d1bdadcf4375fe78f8c196a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('message','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['3180830931a89539b63905563a956222a6dd674db38280deb0870f6bf76cd7af'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('component','position','to','label','inertia','method','market','ecosystem','tags','span','name_spans','label_span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['318b21c8a9700aa7631760a52451aa748f5043850028e13a9d8f4a32a51a0cae'] = __create_fn__


def __create_fn__(_type_name, _type_members, _type_colour, _type_keyword, _type_area, _type_span, _type_name_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _dflt_colour, _dflt_keyword, _dflt_area, _dflt_span, _dflt_name_spans, _return_type):
 def __init__(self,name:_type_name,members:_type_members=_dflt_members,colour:_type_colour=_dflt_colour,keyword:_type_keyword=_dflt_keyword,area:_type_area=_dflt_area,span:_type_span=_dflt_span,name_spans:_type_name_spans=_dflt_name_spans)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'members',members)
  __dataclass_builtins_object__.__setattr__(self,'colour',colour)
  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)
  __dataclass_builtins_object__.__setattr__(self,'area',area)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'name_spans',name_spans)
 return __init__
FUNCTIONS['35a4ee12322594c6fafffcc56342f62dde3595dbdf54d9527da0eb26b83d527e'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(old={self.old!r}, new={self.new!r}, reason={self.reason!r}, kind={self.kind!r})"
 return __repr__
FUNCTIONS['35c58ce20665e5c88563d61525f48ace98788b512e3cecf7b38b608b2f4168fc'] = __create_fn__


def __create_fn__(_type_number, _type_places, _type_text, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_span, _return_type):
 def __init__(self,number:_type_number,places:_type_places,text:_type_text=_dflt_text,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'places',places)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
FUNCTIONS['36b61bf222644ee2f03f17fe72612359f2cdf825d6e0dc1fea2d372fd7756ffa'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text_overlap','text_over_symbol','text_over_line','cut_off','misattributed','furniture','findings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['3721a18034ceacb355a5498bbbfaff0646e3b70a153f0a84bab253816aa0eeed'] = __create_fn__


def __create_fn__(_type_name, _type_position, _type_deaccelerator, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_position, _dflt_deaccelerator, _dflt_span, _return_type):
 def __init__(self,name:_type_name,position:_type_position=_dflt_position,deaccelerator:_type_deaccelerator=_dflt_deaccelerator,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'position',position)
  __dataclass_builtins_object__.__setattr__(self,'deaccelerator',deaccelerator)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
FUNCTIONS['37f19c2321b0258724b6ac260a9284a628d0b8647674e69a3b05dcbbdba90d63'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.shape,self.box,self.order,)==(other.shape,other.box,other.order,)
  return NotImplemented
 return __eq__
FUNCTIONS['3876deeb6225ea72995519590446f53415d30ed56f55d2f3c2c850c1c9a6bfd5'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.diagnostic,self.edits,self.preferred,))
 return __hash__
FUNCTIONS['38acef1f45b1f9b78a5c1d083c71b2e3c7b30bd2b01c7a44973739c3fb008adc'] = __create_fn__


def __create_fn__(_type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_changes, _return_type):
 def __init__(self,changes:_type_changes=_dflt_changes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'changes',changes)
 return __init__
FUNCTIONS['396c7d8711942c9d2a8e76d1b72de99afa29db6cb10a4c59de3d4d27cf2d609c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('old','new','reason','kind',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['3a3c7fd077ffcd43f9fe159c5e2ef57d85b1384a3ececffcf6818a79f8e2ab05'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.role,self.x1,self.y1,self.x2,self.y2,self.style,self.arrow,))
 return __hash__
FUNCTIONS['3a938bea8002477bf76423b8a3f87d68e493c609f5c74d73fec3df6c9d71fb21'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, x={self.x!r}, y={self.y!r}, r={self.r!r}, lines={self.lines!r}, size={self.size!r}, bold={self.bold!r}, offset={self.offset!r}, around={self.around!r}, core={self.core!r}, symbol={self.symbol!r})"
 return __repr__
FUNCTIONS['3af004252681c518baa326805e469b83f6a763b30a4b03c7b075d1c75b0debce'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('visibility','evolution','fixed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['3b8774672bd0a00b98b55f12aa5539a8906eda4a0385fef897f15b70287b710b'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('number','code','comments','cut_bracket',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['3b9265658122bfd3e87f5dcb0c61adc8ce2d5124e19a0a20e3fea12d1a7d9e31'] = __create_fn__


def __create_fn__(_type_number, _type_code, _type_comments, _type_cut_bracket, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_comments, _dflt_cut_bracket, _return_type):
 def __init__(self,number:_type_number,code:_type_code,comments:_type_comments=_dflt_comments,cut_bracket:_type_cut_bracket=_dflt_cut_bracket)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'comments',comments)
  __dataclass_builtins_object__.__setattr__(self,'cut_bracket',cut_bracket)
 return __init__
FUNCTIONS['3d5780666e33f646657a0c4a195d3e1ae69968dccd2fb14d24cc3c19931eb833'] = __create_fn__


def __create_fn__(_type_max_bytes, _type_max_lines, _type_max_components, _type_max_links, _type_max_line_length, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_bytes, _dflt_max_lines, _dflt_max_components, _dflt_max_links, _dflt_max_line_length, _return_type):
 def __init__(self,max_bytes:_type_max_bytes=_dflt_max_bytes,max_lines:_type_max_lines=_dflt_max_lines,max_components:_type_max_components=_dflt_max_components,max_links:_type_max_links=_dflt_max_links,max_line_length:_type_max_line_length=_dflt_max_line_length)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)
  __dataclass_builtins_object__.__setattr__(self,'max_lines',max_lines)
  __dataclass_builtins_object__.__setattr__(self,'max_components',max_components)
  __dataclass_builtins_object__.__setattr__(self,'max_links',max_links)
  __dataclass_builtins_object__.__setattr__(self,'max_line_length',max_line_length)
 return __init__
FUNCTIONS['3d85e54ed67164b3ad93289d36467d0dfa6b6f75902f839a8c10523d92b5e6a0'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.shape,self.box,self.name,))
 return __hash__
FUNCTIONS['3eeb87c165c3738ac94d09a27a92ddf5564dafa26e59b2aa9e2033f7933fb212'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, target={self.target!r}, operator={self.operator!r}, flow_label={self.flow_label!r}, label={self.label!r}, span={self.span!r}, name_spans={self.name_spans!r})"
 return __repr__
FUNCTIONS['3efa8cafec8270deb9d77531b44a603833bf35a15afca6087a12d89b9e985192'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.x,self.y,self.r,self.lines,self.size,self.bold,self.offset,self.around,self.core,self.symbol,)==(other.key,other.x,other.y,other.r,other.lines,other.size,other.bold,other.offset,other.around,other.core,other.symbol,)
  return NotImplemented
 return __eq__
FUNCTIONS['3f183b977a499d3ab8c8a08513ba0ba2bd8baba4af4bcdd9adcdd31c41dea7a8'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, message={self.message!r}, span={self.span!r}, severity={self.severity!r}, hint={self.hint!r}, path={self.path!r}, related={self.related!r})"
 return __repr__
FUNCTIONS['3fcce2c41a98113b2d55388c94c90140fb46e8449be07e0c8e265b55d09bdaf5'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(column={self.column!r}, width={self.width!r}, what={self.what!r}, expected={self.expected!r}, token_type={self.token_type!r})"
 return __repr__
FUNCTIONS['44202c2acf4ffdf956ddfded7401f09d3d79ebfdc7224e891d73506db3e728f6'] = __create_fn__


def __create_fn__(_type_id, _type_role, _type_x1, _type_y1, _type_x2, _type_y2, _type_style, _type_arrow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_arrow, _return_type):
 def __init__(self,id:_type_id,role:_type_role,x1:_type_x1,y1:_type_y1,x2:_type_x2,y2:_type_y2,style:_type_style,arrow:_type_arrow=_dflt_arrow)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'y1',y1)
  __dataclass_builtins_object__.__setattr__(self,'x2',x2)
  __dataclass_builtins_object__.__setattr__(self,'y2',y2)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'arrow',arrow)
 return __init__
FUNCTIONS['44a844fee2ddce909703cf9a7a86acbf6691927576397abc2e5341d976bd6d03'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('shape','box','order',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['44d38640d92d47b42275b33826bf59e57e6c2acc8222d518c76af1367897ce71'] = __create_fn__


def __create_fn__(_type_old, _type_new, _type_reason, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _return_type):
 def __init__(self,old:_type_old,new:_type_new,reason:_type_reason,kind:_type_kind=_dflt_kind)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'old',old)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
 return __init__
FUNCTIONS['44f9d1d5ba0bafb5dbca92bce219b5b8646df746e31099dff585614f71056421'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, lines={self.lines!r}, bom={self.bom!r}, map={self.map!r}, mermaid={self.mermaid!r}, diagnostics={self.diagnostics!r})"
 return __repr__
FUNCTIONS['4607f30200f37267b8d9faf553e3680d2ea6cbdaa626edbcfbc02c457cc295c2'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.name,self.line,self.start,self.end,self.role,self.quoted,))
 return __hash__
FUNCTIONS['4675d938b454136229841eaeb9f00c5e3d8a5442c66cc73781679b83b64c921b'] = __create_fn__


def __create_fn__(_type_key, _type_x, _type_y, _type_anchor, _type_box, _type_leader, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_leader, _return_type):
 def __init__(self,key:_type_key,x:_type_x,y:_type_y,anchor:_type_anchor,box:_type_box,leader:_type_leader=_dflt_leader)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
  __dataclass_builtins_object__.__setattr__(self,'leader',leader)
 return __init__
FUNCTIONS['4739674c54397bafb54b8288ee6ce56ccbe63583df0cac527c2153ea74414810'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','message','span','severity','hint','path','related',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['47940698ba19c69352ba8b945e5a3baf4d37c159a1fd48638a93df20d61c139d'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.changes,))
 return __hash__
FUNCTIONS['4884a4817b61f7f735d813d94ec41e49f947c32247f90d81b5883931d9c540e4'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, start={self.start!r}, end_line={self.end_line!r}, end={self.end!r}, text={self.text!r})"
 return __repr__
FUNCTIONS['492f87f9407cb8631b86ba43e3a02b8d346a19bcebc51d744cf2afa018b0ebed'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.members,self.colour,self.keyword,self.area,))
 return __hash__
FUNCTIONS['4add1fecc32d48ba7d73d1178ee0d83fc385f42affb67dd7c844a9984a290db6'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','kind','keyword','position','label','inertia','method','market','ecosystem','tags','pipeline','url','span','label_span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['4c0a833f8ad3eee881b50fd4e2a64ab132932c89ea8f097c0275231fcb94c982'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','kind','detail','range','selection','children',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['4c8f4228083b55db95d5f1e1e3439a1808c5e912d90d28119bb872380ce68d71'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('column','width','what','expected','token_type',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['4d5a67357fafd7de15b74eb52ff0387322623a3f58658e044719c283f0c83f3b'] = __create_fn__


def __create_fn__(_type_shape, _type_box, _type_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,shape:_type_shape,box:_type_box,name:_type_name)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
 return __init__
FUNCTIONS['4d85e56cef6175edcd3f10984ec0088a1ef01d29eb238457aa505f0d0de8f349'] = __create_fn__


def __create_fn__(_type_x, _type_y, _type_width, _type_height, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,x:_type_x,y:_type_y,width:_type_width,height:_type_height)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
 return __init__
FUNCTIONS['4e6876c93cd0c786853f9929ceaf8eb22563ed036f98044070c5d09e03d25b33'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','role','d','style',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['4ecbfed2f833f98d0babd33746c061b826718c949acc364ad60d8604efa9ad72'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('max_bytes','max_lines','max_components','max_links','max_line_length',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['514575f400b704e719bfb5978dc9f6673a743d1f4c94bb6a22ab915b85364ffa'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','method','problem',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['528851eb0332f0e281c5a0b33012d4143d8cdec1e6cca6af05831942b578d026'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cost,self.preference,self.x,self.y,self.anchor,self.box,self.leader,)==(other.cost,other.preference,other.x,other.y,other.anchor,other.box,other.leader,)
  return NotImplemented
 return __eq__
FUNCTIONS['53e96e3b6dbd5b4d816de420ef86b2e042d13963e2f60794690bac6ece31500f'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','start','end_line','end','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['544cac23eb4f46d72d35beb96d5f372b6ddf9073b23ade572b0b88310f5f4bd8'] = __create_fn__


def __create_fn__(_type_key, _type_span, _type_lines, _type_comment, _type_block, _type_children, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _dflt_lines, _dflt_comment, _dflt_block, _dflt_children, _return_type):
 def __init__(self,key:_type_key,span:_type_span=_dflt_span,lines:_type_lines=_HAS_DEFAULT_FACTORY,comment:_type_comment=_dflt_comment,block:_type_block=_dflt_block,children:_type_children=_HAS_DEFAULT_FACTORY)->_return_type:
  self.key=key
  self.span=span
  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
  self.comment=comment
  self.block=block
  self.children=_dflt_children() if children is _HAS_DEFAULT_FACTORY else children
 return __init__
FUNCTIONS['545a243be47708e4828c17019bbea78dfd3f721d70c04039e9c8dc51f8aac6a4'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','members','colour','keyword','area','span','name_spans',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['54c462333d3c22573b6d895358ebcfff678e125b7948d4113d4a4f924035e55f'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, members={self.members!r}, colour={self.colour!r}, keyword={self.keyword!r}, area={self.area!r}, span={self.span!r}, name_spans={self.name_spans!r})"
 return __repr__
FUNCTIONS['56546daeac6242ed3163f3d14361606eb3b1b80cb6d3d8a282a7dc88dd082f1b'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.width,self.height,self.left,self.top,self.right,self.bottom,)==(other.width,other.height,other.left,other.top,other.right,other.bottom,)
  return NotImplemented
 return __eq__
FUNCTIONS['56f40ab40d0e931f078ec8373a36f97f72768363358d689ccec1120538624684'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.maps,self.refused,self.readable,self.faults,))
 return __hash__
FUNCTIONS['57747062450e6c37b90b49d5b24c5a28244769917941e79cd3b03a4d9fe51376'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, component={self.component!r}, x={self.x!r}, y={self.y!r}, move_x={self.move_x!r}, move_y={self.move_y!r}, band={self.band!r}, half={self.half!r}, follows={self.follows!r})"
 return __repr__
FUNCTIONS['577fa395794e0e56e39154ad0462ba81e4f292233aab0143eb21bb479409b073'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x,self.y,self.width,self.height,)==(other.x,other.y,other.width,other.height,)
  return NotImplemented
 return __eq__
FUNCTIONS['57e499780c11c982b1984dd941ded6af0e8a52bd5e5452ec68d71e8e52438311'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, role={self.role!r}, cx={self.cx!r}, cy={self.cy!r}, r={self.r!r}, style={self.style!r})"
 return __repr__
FUNCTIONS['599028487b2605478c1c466128d330eeca3b5417a0f6a458e4a35a3d18b37c9e'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,self.path,self.diagnostics,self.line_number,self.code,self.title,self.style,self.size,self.evolution_labels,self.evolution_hidden,self.valuechain_hidden,self.annotations_position,self.components,self.links,self.evolves,self.pipelines,self.overlays,self.notes,self.annotations,self.accelerators,self.attitudes,self.urls,self.setting_spans,self.methods,self.members,self.ignored,self.block,self.pending,self.rejected,self.markers,self.limits,self.joined,self.evolution_only,)==(other.lines,other.path,other.diagnostics,other.line_number,other.code,other.title,other.style,other.size,other.evolution_labels,other.evolution_hidden,other.valuechain_hidden,other.annotations_position,other.components,other.links,other.evolves,other.pipelines,other.overlays,other.notes,other.annotations,other.accelerators,other.attitudes,other.urls,other.setting_spans,other.methods,other.members,other.ignored,other.block,other.pending,other.rejected,other.markers,other.limits,other.joined,other.evolution_only,)
  return NotImplemented
 return __eq__
FUNCTIONS['5a93e33eeecfe4dd5394bf8a83c72abe2dd67eeb319385c69504b134e3bceb22'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.message,self.span,))
 return __hash__
FUNCTIONS['5ada7b4d46a7d0a9d8365a04ed822236bf4612da38a509c46e6a497eebaa0a1e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','components','links','evolves','pipelines','overlays','notes','annotations','annotations_position','accelerators','attitudes','urls','style','size','evolution_labels','evolution_boundaries','evolution_hidden','valuechain_hidden','comments','setting_spans','diagnostics','path',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['5bebf9d85c8c9d1ee564af90963c645c0bef0672a7ab03f13a3c701ef833ca9a'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.kind,self.detail,self.range,self.selection,self.children,)==(other.name,other.kind,other.detail,other.range,other.selection,other.children,)
  return NotImplemented
 return __eq__
FUNCTIONS['5c9ced27156b7520bc9a2a72be8e645cdcac6fb5c5c89a57dccc6e72a3f02a1c'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.old,self.new,self.kind,)==(other.name,other.old,other.new,other.kind,)
  return NotImplemented
 return __eq__
FUNCTIONS['5d3ca9e3611d41d0196413b9b4a422ed2986f30af5781d3cd12377ce0a7d0b0f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.number,self.places,self.text,)==(other.number,other.places,other.text,)
  return NotImplemented
 return __eq__
FUNCTIONS['5d71d35d67dfb74d77ad8d31a8a1bf769b001f46c19a1c8d040282b5d74c1e9a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('index','name','x','y','version','theme','state',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['5e4015aba752e4cea238776d379c90b152d03cba6585f0a67bcc6251372aeee8'] = __create_fn__


def __create_fn__(_type_number, _type_code, _type_tree, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,number:_type_number,code:_type_code,tree:_type_tree)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'tree',tree)
 return __init__
FUNCTIONS['5e561888abb4a516820e984fdf99480b3fbc16d69d5a3aabdf1f9f5b55948d43'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.role,self.x,self.y,self.lines,self.size,self.fill,self.font_family,self.bold,self.anchor,self.box,self.rotate,self.href,self.italic,self.of,)==(other.id,other.role,other.x,other.y,other.lines,other.size,other.fill,other.font_family,other.bold,other.anchor,other.box,other.rotate,other.href,other.italic,other.of,)
  return NotImplemented
 return __eq__
FUNCTIONS['5f65928f1f6b5e78305d201be0796eb5278be14c32a2a40e3624647c1de1cd23'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['6027fd9feebfc769380ac8225dc10e2718ad7113889d6491ea64e41a4df9c792'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_bytes={self.max_bytes!r}, max_lines={self.max_lines!r}, max_components={self.max_components!r}, max_links={self.max_links!r}, max_line_length={self.max_line_length!r})"
 return __repr__
FUNCTIONS['62649bcfd21402447d58d9e2a5dd9eb6092006f53fc52f6f52bcb60bfd463415'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, components={self.components!r}, links={self.links!r}, evolves={self.evolves!r}, pipelines={self.pipelines!r}, overlays={self.overlays!r}, notes={self.notes!r}, annotations={self.annotations!r}, annotations_position={self.annotations_position!r}, accelerators={self.accelerators!r}, attitudes={self.attitudes!r}, urls={self.urls!r}, style={self.style!r}, size={self.size!r}, evolution_labels={self.evolution_labels!r}, evolution_boundaries={self.evolution_boundaries!r}, evolution_hidden={self.evolution_hidden!r}, valuechain_hidden={self.valuechain_hidden!r}, comments={self.comments!r}, setting_spans={self.setting_spans!r}, diagnostics={self.diagnostics!r}, path={self.path!r})"
 return __repr__
FUNCTIONS['63661a2e1bfc636b8c46b2001dcdc504161dbfaacbedff74d8b9dc085f3e9888'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.message,self.span,self.severity,self.hint,self.path,self.related,)==(other.code,other.message,other.span,other.severity,other.hint,other.path,other.related,)
  return NotImplemented
 return __eq__
FUNCTIONS['644fb75316f5a4eb733b0200d5ec7ae7f468074a489452d3fde9cca7ef481256'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','x','y','r','lines','size','bold','offset','around','core','symbol',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['646ee56208eff6fe861190c5313e57c402f3ec1b486e404fd6f0bb87dabe7597'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('members','allowed','pipeline','span','row','pad','label',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['64e7371f1c5cdb99e8c2f60abb701c75fa3a9caf209d7678b1b81ec7d38b19a4'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, description={self.description!r}, background={self.background!r}, background_to={self.background_to!r}, font_family={self.font_family!r}, italic={self.italic!r}, text={self.text!r}, muted_text={self.muted_text!r}, title_size={self.title_size!r}, label_size={self.label_size!r}, axis_size={self.axis_size!r}, small_size={self.small_size!r}, axis={self.axis!r}, separator={self.separator!r}, visible_label={self.visible_label!r}, invisible_label={self.invisible_label!r}, corner_labels={self.corner_labels!r}, shape={self.shape!r}, radius={self.radius!r}, component_fill={self.component_fill!r}, component_stroke={self.component_stroke!r}, component_stroke_width={self.component_stroke_width!r}, need_fill={self.need_fill!r}, need_stroke={self.need_stroke!r}, box_text={self.box_text!r}, user_style={self.user_style!r}, user_colour={self.user_colour!r}, user_fill={self.user_fill!r}, link={self.link!r}, link_width={self.link_width!r}, flow={self.flow!r}, flow_text={self.flow_text!r}, evolve={self.evolve!r}, evolve_width={self.evolve_width!r}, inertia={self.inertia!r}, build_fill={self.build_fill!r}, buy_fill={self.buy_fill!r}, outsource_fill={self.outsource_fill!r}, ecosystem_fill={self.ecosystem_fill!r}, ecosystem_hatch={self.ecosystem_hatch!r}, pipeline_fill={self.pipeline_fill!r}, pipeline_stroke={self.pipeline_stroke!r}, overlay_opacity={self.overlay_opacity!r}, overlay_default={self.overlay_default!r}, note={self.note!r}, annotation_stroke={self.annotation_stroke!r}, accelerator_fill={self.accelerator_fill!r}, accelerator_stroke={self.accelerator_stroke!r})"
 return __repr__
FUNCTIONS['653bed18bc1269078d124233e01a620e9c48e1e98ceaa853eb2f0b408fa7e77c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('message','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['662415aa0b1d8a4eb591e7b736c36dc7c1221e48245f2ed920b4c28b452e1ebc'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(shape={self.shape!r}, order={self.order!r})"
 return __repr__
FUNCTIONS['6627d4ff6959e3d8e84fa7e0c2200b80a706e05017962f136955df7d412b6b96'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.visibility,self.evolution,self.fixed,))
 return __hash__
FUNCTIONS['68d2225a9623d8eae58f3ce529663319ddc49ca87bd6073e0b8a70850e4c9e3a'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.name,self.field,self.old,self.new,self.occurrence,)==(other.kind,other.name,other.field,other.old,other.new,other.occurrence,)
  return NotImplemented
 return __eq__
FUNCTIONS['69b8fdf362d7cce76aabc85a132f7e178b5dee5eed6119acfc66798712408615'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('maps','refused','readable','faults',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['6a72f945f67af3b7105de636ff94186c45ddb4e7f1d79d46a8591d41f9ca2b04'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','name','value',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['6a8fe4e4b228640d9c1d7a64e6621171310a384965e0cc2f00138075769df79d'] = __create_fn__


def __create_fn__(_type_width, _type_height, _type_left, _type_top, _type_right, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,width:_type_width,height:_type_height,left:_type_left,top:_type_top,right:_type_right,bottom:_type_bottom)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
 return __init__
FUNCTIONS['6ce63f2bc4c1ba16023ffe287a7060e5e496214930eeeaa33ae47a29aa635df4'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','position','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['6e54c555dfa268fdcccca3e339f0cb98843235f5014fc1f2bb087ba9eb74eb82'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','members','colour','keyword','area','span','name_spans',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['6f2447d5cf55200fb00dcefdb0ed0bafd352ee85cc60f3d31137b4c9839c9371'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','role','x1','y1','x2','y2','style','arrow',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['6fab7ed6ef835205c256f77de6680819c41630099198067add79dee91838e241'] = __create_fn__


def __create_fn__(_type_component, _type_position, _type_to, _type_label, _type_inertia, _type_method, _type_market, _type_ecosystem, _type_tags, _type_span, _type_name_spans, _type_label_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_to, _dflt_label, _dflt_inertia, _dflt_method, _dflt_market, _dflt_ecosystem, _dflt_tags, _dflt_span, _dflt_name_spans, _dflt_label_span, _return_type):
 def __init__(self,component:_type_component,position:_type_position,to:_type_to=_dflt_to,label:_type_label=_dflt_label,inertia:_type_inertia=_dflt_inertia,method:_type_method=_dflt_method,market:_type_market=_dflt_market,ecosystem:_type_ecosystem=_dflt_ecosystem,tags:_type_tags=_dflt_tags,span:_type_span=_dflt_span,name_spans:_type_name_spans=_dflt_name_spans,label_span:_type_label_span=_dflt_label_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'position',position)
  __dataclass_builtins_object__.__setattr__(self,'to',to)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'inertia',inertia)
  __dataclass_builtins_object__.__setattr__(self,'method',method)
  __dataclass_builtins_object__.__setattr__(self,'market',market)
  __dataclass_builtins_object__.__setattr__(self,'ecosystem',ecosystem)
  __dataclass_builtins_object__.__setattr__(self,'tags',tags)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'name_spans',name_spans)
  __dataclass_builtins_object__.__setattr__(self,'label_span',label_span)
 return __init__
FUNCTIONS['6fc0155c19c31bfe356e784f9019a6f3d1fd0ad586b575b726cc17a6578e27e7'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,))
 return __hash__
FUNCTIONS['700bfaf362ee8b153ad7fc1b4ce04fc2139169e77f2e1d691409d81d2d444037'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, span={self.span!r}, lines={self.lines!r}, comment={self.comment!r}, block={self.block!r}, children={self.children!r})"
 return __repr__
FUNCTIONS['70bd338a6d65f303ca1a7a84df3325ee5432b1f54ae50893b6216dcdbd9f5c03'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('shape','box','name',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['761c1c0d8bb2bf8869c6c3495118a49cdf54db9e94ca10a84b99bd0fe5a9d639'] = __create_fn__


def __create_fn__(_type_title, _type_components, _type_links, _type_evolves, _type_pipelines, _type_overlays, _type_notes, _type_annotations, _type_annotations_position, _type_accelerators, _type_attitudes, _type_urls, _type_style, _type_size, _type_evolution_labels, _type_evolution_boundaries, _type_evolution_hidden, _type_valuechain_hidden, _type_comments, _type_setting_spans, _type_diagnostics, _type_path, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _dflt_components, _dflt_links, _dflt_evolves, _dflt_pipelines, _dflt_overlays, _dflt_notes, _dflt_annotations, _dflt_annotations_position, _dflt_accelerators, _dflt_attitudes, _dflt_urls, _dflt_style, _dflt_size, _dflt_evolution_labels, _dflt_evolution_boundaries, _dflt_evolution_hidden, _dflt_valuechain_hidden, _dflt_comments, _dflt_setting_spans, _dflt_diagnostics, _dflt_path, _return_type):
 def __init__(self,title:_type_title=_dflt_title,components:_type_components=_dflt_components,links:_type_links=_dflt_links,evolves:_type_evolves=_dflt_evolves,pipelines:_type_pipelines=_dflt_pipelines,overlays:_type_overlays=_dflt_overlays,notes:_type_notes=_dflt_notes,annotations:_type_annotations=_dflt_annotations,annotations_position:_type_annotations_position=_dflt_annotations_position,accelerators:_type_accelerators=_dflt_accelerators,attitudes:_type_attitudes=_dflt_attitudes,urls:_type_urls=_dflt_urls,style:_type_style=_dflt_style,size:_type_size=_dflt_size,evolution_labels:_type_evolution_labels=_dflt_evolution_labels,evolution_boundaries:_type_evolution_boundaries=_dflt_evolution_boundaries,evolution_hidden:_type_evolution_hidden=_dflt_evolution_hidden,valuechain_hidden:_type_valuechain_hidden=_dflt_valuechain_hidden,comments:_type_comments=_dflt_comments,setting_spans:_type_setting_spans=_dflt_setting_spans,diagnostics:_type_diagnostics=_dflt_diagnostics,path:_type_path=_dflt_path)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'components',components)
  __dataclass_builtins_object__.__setattr__(self,'links',links)
  __dataclass_builtins_object__.__setattr__(self,'evolves',evolves)
  __dataclass_builtins_object__.__setattr__(self,'pipelines',pipelines)
  __dataclass_builtins_object__.__setattr__(self,'overlays',overlays)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'annotations',annotations)
  __dataclass_builtins_object__.__setattr__(self,'annotations_position',annotations_position)
  __dataclass_builtins_object__.__setattr__(self,'accelerators',accelerators)
  __dataclass_builtins_object__.__setattr__(self,'attitudes',attitudes)
  __dataclass_builtins_object__.__setattr__(self,'urls',urls)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'evolution_labels',evolution_labels)
  __dataclass_builtins_object__.__setattr__(self,'evolution_boundaries',evolution_boundaries)
  __dataclass_builtins_object__.__setattr__(self,'evolution_hidden',evolution_hidden)
  __dataclass_builtins_object__.__setattr__(self,'valuechain_hidden',valuechain_hidden)
  __dataclass_builtins_object__.__setattr__(self,'comments',comments)
  __dataclass_builtins_object__.__setattr__(self,'setting_spans',setting_spans)
  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
 return __init__
FUNCTIONS['76d5b835f90db727f03325d1a7f54c08cf6b75e73a5575df3bb49080fc77bc80'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, x={self.x!r}, y={self.y!r}, anchor={self.anchor!r}, box={self.box!r}, leader={self.leader!r})"
 return __repr__
FUNCTIONS['79d43fd58cfb8bb3748eebfda667e9d1c291af1d81bedd90bc812eed2a684588'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','name','line','start','end','role','quoted',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['79ebe3cab8a69432ef62ce860a16bd2673825f7d5ec8566388bf6fa5c69c12f9'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, name={self.name!r}, field={self.field!r}, old={self.old!r}, new={self.new!r}, occurrence={self.occurrence!r})"
 return __repr__
FUNCTIONS['7af66363fe1b2c89447f89237e1fed27012478a8e57eff530d05fb8384f9358c'] = __create_fn__


def __create_fn__(_type_shape, _type_box, _type_order, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,shape:_type_shape,box:_type_box,order:_type_order)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
 return __init__
FUNCTIONS['7be03a6ec6b4a2fef7b58ebd38afeef072e47846714150282fd574d8f5d80af9'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.span,self.lines,self.comment,self.block,self.children,)==(other.key,other.span,other.lines,other.comment,other.block,other.children,)
  return NotImplemented
 return __eq__
FUNCTIONS['7be276fde6bfa338a0c2f27494b32bfbeab34fd5cb877b9e006bcc8a3b652217'] = __create_fn__


def __create_fn__(_type_name, _type_description, _type_background, _type_background_to, _type_font_family, _type_italic, _type_text, _type_muted_text, _type_title_size, _type_label_size, _type_axis_size, _type_small_size, _type_axis, _type_separator, _type_visible_label, _type_invisible_label, _type_corner_labels, _type_shape, _type_radius, _type_component_fill, _type_component_stroke, _type_component_stroke_width, _type_need_fill, _type_need_stroke, _type_box_text, _type_user_style, _type_user_colour, _type_user_fill, _type_link, _type_link_width, _type_flow, _type_flow_text, _type_evolve, _type_evolve_width, _type_inertia, _type_build_fill, _type_buy_fill, _type_outsource_fill, _type_ecosystem_fill, _type_ecosystem_hatch, _type_pipeline_fill, _type_pipeline_stroke, _type_overlay_opacity, _type_overlay_default, _type_note, _type_annotation_stroke, _type_accelerator_fill, _type_accelerator_stroke, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_background, _dflt_background_to, _dflt_font_family, _dflt_italic, _dflt_text, _dflt_muted_text, _dflt_title_size, _dflt_label_size, _dflt_axis_size, _dflt_small_size, _dflt_axis, _dflt_separator, _dflt_visible_label, _dflt_invisible_label, _dflt_corner_labels, _dflt_shape, _dflt_radius, _dflt_component_fill, _dflt_component_stroke, _dflt_component_stroke_width, _dflt_need_fill, _dflt_need_stroke, _dflt_box_text, _dflt_user_style, _dflt_user_colour, _dflt_user_fill, _dflt_link, _dflt_link_width, _dflt_flow, _dflt_flow_text, _dflt_evolve, _dflt_evolve_width, _dflt_inertia, _dflt_build_fill, _dflt_buy_fill, _dflt_outsource_fill, _dflt_ecosystem_fill, _dflt_ecosystem_hatch, _dflt_pipeline_fill, _dflt_pipeline_stroke, _dflt_overlay_opacity, _dflt_overlay_default, _dflt_note, _dflt_annotation_stroke, _dflt_accelerator_fill, _dflt_accelerator_stroke, _return_type):
 def __init__(self,name:_type_name,description:_type_description,background:_type_background=_dflt_background,background_to:_type_background_to=_dflt_background_to,font_family:_type_font_family=_dflt_font_family,italic:_type_italic=_dflt_italic,text:_type_text=_dflt_text,muted_text:_type_muted_text=_dflt_muted_text,title_size:_type_title_size=_dflt_title_size,label_size:_type_label_size=_dflt_label_size,axis_size:_type_axis_size=_dflt_axis_size,small_size:_type_small_size=_dflt_small_size,axis:_type_axis=_dflt_axis,separator:_type_separator=_dflt_separator,visible_label:_type_visible_label=_dflt_visible_label,invisible_label:_type_invisible_label=_dflt_invisible_label,corner_labels:_type_corner_labels=_dflt_corner_labels,shape:_type_shape=_dflt_shape,radius:_type_radius=_dflt_radius,component_fill:_type_component_fill=_dflt_component_fill,component_stroke:_type_component_stroke=_dflt_component_stroke,component_stroke_width:_type_component_stroke_width=_dflt_component_stroke_width,need_fill:_type_need_fill=_dflt_need_fill,need_stroke:_type_need_stroke=_dflt_need_stroke,box_text:_type_box_text=_dflt_box_text,user_style:_type_user_style=_dflt_user_style,user_colour:_type_user_colour=_dflt_user_colour,user_fill:_type_user_fill=_dflt_user_fill,link:_type_link=_dflt_link,link_width:_type_link_width=_dflt_link_width,flow:_type_flow=_dflt_flow,flow_text:_type_flow_text=_dflt_flow_text,evolve:_type_evolve=_dflt_evolve,evolve_width:_type_evolve_width=_dflt_evolve_width,inertia:_type_inertia=_dflt_inertia,build_fill:_type_build_fill=_dflt_build_fill,buy_fill:_type_buy_fill=_dflt_buy_fill,outsource_fill:_type_outsource_fill=_dflt_outsource_fill,ecosystem_fill:_type_ecosystem_fill=_dflt_ecosystem_fill,ecosystem_hatch:_type_ecosystem_hatch=_dflt_ecosystem_hatch,pipeline_fill:_type_pipeline_fill=_dflt_pipeline_fill,pipeline_stroke:_type_pipeline_stroke=_dflt_pipeline_stroke,overlay_opacity:_type_overlay_opacity=_dflt_overlay_opacity,overlay_default:_type_overlay_default=_dflt_overlay_default,note:_type_note=_dflt_note,annotation_stroke:_type_annotation_stroke=_dflt_annotation_stroke,accelerator_fill:_type_accelerator_fill=_dflt_accelerator_fill,accelerator_stroke:_type_accelerator_stroke=_dflt_accelerator_stroke)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'background',background)
  __dataclass_builtins_object__.__setattr__(self,'background_to',background_to)
  __dataclass_builtins_object__.__setattr__(self,'font_family',font_family)
  __dataclass_builtins_object__.__setattr__(self,'italic',italic)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'muted_text',muted_text)
  __dataclass_builtins_object__.__setattr__(self,'title_size',title_size)
  __dataclass_builtins_object__.__setattr__(self,'label_size',label_size)
  __dataclass_builtins_object__.__setattr__(self,'axis_size',axis_size)
  __dataclass_builtins_object__.__setattr__(self,'small_size',small_size)
  __dataclass_builtins_object__.__setattr__(self,'axis',axis)
  __dataclass_builtins_object__.__setattr__(self,'separator',separator)
  __dataclass_builtins_object__.__setattr__(self,'visible_label',visible_label)
  __dataclass_builtins_object__.__setattr__(self,'invisible_label',invisible_label)
  __dataclass_builtins_object__.__setattr__(self,'corner_labels',corner_labels)
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'radius',radius)
  __dataclass_builtins_object__.__setattr__(self,'component_fill',component_fill)
  __dataclass_builtins_object__.__setattr__(self,'component_stroke',component_stroke)
  __dataclass_builtins_object__.__setattr__(self,'component_stroke_width',component_stroke_width)
  __dataclass_builtins_object__.__setattr__(self,'need_fill',need_fill)
  __dataclass_builtins_object__.__setattr__(self,'need_stroke',need_stroke)
  __dataclass_builtins_object__.__setattr__(self,'box_text',box_text)
  __dataclass_builtins_object__.__setattr__(self,'user_style',user_style)
  __dataclass_builtins_object__.__setattr__(self,'user_colour',user_colour)
  __dataclass_builtins_object__.__setattr__(self,'user_fill',user_fill)
  __dataclass_builtins_object__.__setattr__(self,'link',link)
  __dataclass_builtins_object__.__setattr__(self,'link_width',link_width)
  __dataclass_builtins_object__.__setattr__(self,'flow',flow)
  __dataclass_builtins_object__.__setattr__(self,'flow_text',flow_text)
  __dataclass_builtins_object__.__setattr__(self,'evolve',evolve)
  __dataclass_builtins_object__.__setattr__(self,'evolve_width',evolve_width)
  __dataclass_builtins_object__.__setattr__(self,'inertia',inertia)
  __dataclass_builtins_object__.__setattr__(self,'build_fill',build_fill)
  __dataclass_builtins_object__.__setattr__(self,'buy_fill',buy_fill)
  __dataclass_builtins_object__.__setattr__(self,'outsource_fill',outsource_fill)
  __dataclass_builtins_object__.__setattr__(self,'ecosystem_fill',ecosystem_fill)
  __dataclass_builtins_object__.__setattr__(self,'ecosystem_hatch',ecosystem_hatch)
  __dataclass_builtins_object__.__setattr__(self,'pipeline_fill',pipeline_fill)
  __dataclass_builtins_object__.__setattr__(self,'pipeline_stroke',pipeline_stroke)
  __dataclass_builtins_object__.__setattr__(self,'overlay_opacity',overlay_opacity)
  __dataclass_builtins_object__.__setattr__(self,'overlay_default',overlay_default)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'annotation_stroke',annotation_stroke)
  __dataclass_builtins_object__.__setattr__(self,'accelerator_fill',accelerator_fill)
  __dataclass_builtins_object__.__setattr__(self,'accelerator_stroke',accelerator_stroke)
 return __init__
FUNCTIONS['7c9bae12adae734b2dfe8e3d6299961c3268ab45d82f5e34f0b3f149d4f8950d'] = __create_fn__


def __create_fn__(_type_visibility, _type_evolution, _type_stage, _type_within, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_visibility, _dflt_evolution, _dflt_stage, _dflt_within, _return_type):
 def __init__(self,visibility:_type_visibility=_dflt_visibility,evolution:_type_evolution=_dflt_evolution,stage:_type_stage=_dflt_stage,within:_type_within=_dflt_within)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'visibility',visibility)
  __dataclass_builtins_object__.__setattr__(self,'evolution',evolution)
  __dataclass_builtins_object__.__setattr__(self,'stage',stage)
  __dataclass_builtins_object__.__setattr__(self,'within',within)
 return __init__
FUNCTIONS['7d7ea728eb5c9581be5b8f345cdc8b8bfed50e2b6d76f9e41c8cb81d90b8814c'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fill,self.stroke,self.stroke_width,self.dash,self.opacity,self.fill_opacity,)==(other.fill,other.stroke,other.stroke_width,other.dash,other.opacity,other.fill_opacity,)
  return NotImplemented
 return __eq__
FUNCTIONS['7d952316b1135d5a862b2059536ffe4cde02fe5bca93bcce837447c6a4b7ac93'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.shape,self.box,self.name,)==(other.shape,other.box,other.name,)
  return NotImplemented
 return __eq__
FUNCTIONS['7ef2c557ff85d54ff8fa55931934232e23bd245bf757cfe3ddc8d9d7ccb770f8'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(message={self.message!r}, span={self.span!r})"
 return __repr__
FUNCTIONS['7fa95704ae06d697cf5cdd45a1507ce558d1ab382e6c30e4ae1375d68995619d'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.column,self.end_line,self.end_column,)==(other.line,other.column,other.end_line,other.end_column,)
  return NotImplemented
 return __eq__
FUNCTIONS['80a5439875a746f6dca7b758e3e5b399c8a75fb2a3d9f1335ff8fd0a7ecb1d8b'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, name={self.name!r}, line={self.line!r}, start={self.start!r}, end={self.end!r}, role={self.role!r}, quoted={self.quoted!r})"
 return __repr__
FUNCTIONS['821ea71d20aec63d1c06a5877321c7f7981b8221ce49fe643a6296fd9e857f83'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','role','cx','cy','r','style',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['82fc0ed3b4ae1c898934d87b5192adeb20c48f12ed42b6ead7e55ea6dc98cb06'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(visibility={self.visibility!r}, evolution={self.evolution!r}, fixed={self.fixed!r})"
 return __repr__
FUNCTIONS['833b04d18074ce6b68758016b7d2bcb6a8d5409fd635fcb22b95dc632daf2573'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r}, path={self.path!r}, diagnostics={self.diagnostics!r}, line_number={self.line_number!r}, code={self.code!r}, title={self.title!r}, style={self.style!r}, size={self.size!r}, evolution_labels={self.evolution_labels!r}, evolution_hidden={self.evolution_hidden!r}, valuechain_hidden={self.valuechain_hidden!r}, annotations_position={self.annotations_position!r}, components={self.components!r}, links={self.links!r}, evolves={self.evolves!r}, pipelines={self.pipelines!r}, overlays={self.overlays!r}, notes={self.notes!r}, annotations={self.annotations!r}, accelerators={self.accelerators!r}, attitudes={self.attitudes!r}, urls={self.urls!r}, setting_spans={self.setting_spans!r}, methods={self.methods!r}, members={self.members!r}, ignored={self.ignored!r}, block={self.block!r}, pending={self.pending!r}, rejected={self.rejected!r}, markers={self.markers!r}, limits={self.limits!r}, joined={self.joined!r}, evolution_only={self.evolution_only!r})"
 return __repr__
FUNCTIONS['833cdfe696d3442d6ee383c4e899e9a19372210fd7a6f2868ffa69c41f464065'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.kind,self.detail,self.range,self.selection,self.children,))
 return __hash__
FUNCTIONS['8368ad6b86fe9ea171e201af88c4d0d18619d670f255b59ff04cf7669256e59a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['84150935cd4ce54b97f5b247483950d7999a89b96becc1a9cc2ba4b395510ed9'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.component,self.x,self.y,self.move_x,self.move_y,self.band,self.half,self.follows,)==(other.key,other.component,other.x,other.y,other.move_x,other.move_y,other.band,other.half,other.follows,)
  return NotImplemented
 return __eq__
FUNCTIONS['84b53924a335bc359a416667ffc24278927cb817a197c7cd5d1755bd44f5f875'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('severity','text','line','column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['85458d7e67f1b38be2cc89a2c5ac3b7d3220f77cc2e0be997558814790dcbe66'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.corners,)==(other.kind,other.corners,)
  return NotImplemented
 return __eq__
FUNCTIONS['85a7e29b9e006f149371a7d2a034e7b40e32f8eda98780489047747303d6fd59'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.method,self.problem,)==(other.id,other.method,other.problem,)
  return NotImplemented
 return __eq__
FUNCTIONS['862c1fe097fb4b9637f857638400f45711de186995e0b7f6559e3ad8212fd1f5'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pipeline,self.span,self.members,)==(other.pipeline,other.span,other.members,)
  return NotImplemented
 return __eq__
FUNCTIONS['8643132c14f225411a966701aee7367b4571852a83278f300b97c33eaaac7f57'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.members,self.colour,self.keyword,self.area,)==(other.name,other.members,other.colour,other.keyword,other.area,)
  return NotImplemented
 return __eq__
FUNCTIONS['864b7129e58858aebbe46b9922f6c754dd6ccb94f2b242b490afc085ef670e1f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,)==(other.text,)
  return NotImplemented
 return __eq__
FUNCTIONS['86bbf9fed98dea7371aaad36d4c4b993dd8299f1285cbddd18d0f08e6c662bc9'] = __create_fn__


def __create_fn__(_type_source, _type_target, _type_operator, _type_flow_label, _type_label, _type_span, _type_name_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_operator, _dflt_flow_label, _dflt_label, _dflt_span, _dflt_name_spans, _return_type):
 def __init__(self,source:_type_source,target:_type_target,operator:_type_operator=_dflt_operator,flow_label:_type_flow_label=_dflt_flow_label,label:_type_label=_dflt_label,span:_type_span=_dflt_span,name_spans:_type_name_spans=_dflt_name_spans)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'operator',operator)
  __dataclass_builtins_object__.__setattr__(self,'flow_label',flow_label)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'name_spans',name_spans)
 return __init__
FUNCTIONS['89943bb91f01e8d2dc4d16d02f3fc7dadd8880040c3b6faffe988f2df8a3de4d'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r}, diagnostics={self.diagnostics!r}, front_title={self.front_title!r})"
 return __repr__
FUNCTIONS['89aa93bb491acdac629ad8781e21329a47f5f192d5f39c11806b30ac7adf25f3'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, role={self.role!r}, x={self.x!r}, y={self.y!r}, width={self.width!r}, height={self.height!r}, style={self.style!r}, rx={self.rx!r})"
 return __repr__
FUNCTIONS['8b2618fd31702124b35e51b377323cbe661c4f8f59fcb673829e9b7be9063dc7'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','components','links','evolves','pipelines','overlays','notes','annotations','annotations_position','accelerators','attitudes','urls','style','size','evolution_labels','evolution_boundaries','evolution_hidden','valuechain_hidden','comments','setting_spans','diagnostics','path',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['8be9d56d12c56a93ee7609556b90affeec7cbd2e34f87018f1ad6088e835f9a1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','members','bounds','span','name_spans',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['8c29e9a62459bcfab44fdffa28f4b00102fb1c7741ee83cc5073823cafb4cf79'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','target','operator','flow_label','label','span','name_spans',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['8ca63e5bf9e5342e99f76bf0ed2f209618e43190d51f5b78da11a8fed88d541f'] = __create_fn__


def __create_fn__(_type_line, _type_column, _type_end_line, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)
  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)
 return __init__
FUNCTIONS['8d0e9b4f6a726e61d6f54ae07150bc0c179cd2bb4f14ff99b20eefa27be71e86'] = __create_fn__


def __create_fn__(_type_key, _type_name, _type_line, _type_start, _type_end, _type_role, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_quoted, _return_type):
 def __init__(self,key:_type_key,name:_type_name,line:_type_line,start:_type_start,end:_type_end,role:_type_role,quoted:_type_quoted=_dflt_quoted)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
 return __init__
FUNCTIONS['8d1e650be2baa4884c30201d2eff8e9c54e63fad552ee1f04aeb24b3b4ff6538'] = __create_fn__


def __create_fn__(_type_lines, _type_diagnostics, _type_front_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_diagnostics, _dflt_front_title, _return_type):
 def __init__(self,lines:_type_lines=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,front_title:_type_front_title=_dflt_front_title)->_return_type:
  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
  self.front_title=front_title
 return __init__
FUNCTIONS['8d617a6cb43ec0f25a1e5bfb7d5292e7c5ad407f6fa3a46dd29c34a71fae9f7d'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.number,self.code,self.comments,self.cut_bracket,))
 return __hash__
FUNCTIONS['8f867c58f43d158f26657259491d2cb813e758ffa31a745666968b3a468e3b1c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','x','y','anchor','box','leader',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['8fa05da3b7378755f3c048686cc8975d59fe49e70a0f2ed81daf52cf94c767d0'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(number={self.number!r}, places={self.places!r}, text={self.text!r}, span={self.span!r})"
 return __repr__
FUNCTIONS['90c3cad47ffb80ea60fb118d2e390ad62b7f3b8edd76f47e1b0af0011a441850'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('component','position','to','label','inertia','method','market','ecosystem','tags','span','name_spans','label_span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['92ae9b15f03ed6d60b574062b6a9ec745b1884a3d477358b7d673f156eeb10c6'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','description','background','background_to','font_family','italic','text','muted_text','title_size','label_size','axis_size','small_size','axis','separator','visible_label','invisible_label','corner_labels','shape','radius','component_fill','component_stroke','component_stroke_width','need_fill','need_stroke','box_text','user_style','user_colour','user_fill','link','link_width','flow','flow_text','evolve','evolve_width','inertia','build_fill','buy_fill','outsource_fill','ecosystem_fill','ecosystem_hatch','pipeline_fill','pipeline_stroke','overlay_opacity','overlay_default','note','annotation_stroke','accelerator_fill','accelerator_stroke',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['92dd811cd5d25bcef142e5499414e24b3ab737fe1dc009fc5a27dd335d295842'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('label','kind','detail','line','start','text','sort',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['9336c641571f5c985c8424595e166897842659414c2ef406eb42c98273641998'] = __create_fn__


def __create_fn__(_type_lines, _type_path, _type_diagnostics, _type_line_number, _type_code, _type_title, _type_style, _type_size, _type_evolution_labels, _type_evolution_hidden, _type_valuechain_hidden, _type_annotations_position, _type_components, _type_links, _type_evolves, _type_pipelines, _type_overlays, _type_notes, _type_annotations, _type_accelerators, _type_attitudes, _type_urls, _type_setting_spans, _type_methods, _type_members, _type_ignored, _type_block, _type_pending, _type_rejected, _type_markers, _type_limits, _type_joined, _type_evolution_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_path, _dflt_diagnostics, _dflt_line_number, _dflt_code, _dflt_title, _dflt_style, _dflt_size, _dflt_evolution_labels, _dflt_evolution_hidden, _dflt_valuechain_hidden, _dflt_annotations_position, _dflt_components, _dflt_links, _dflt_evolves, _dflt_pipelines, _dflt_overlays, _dflt_notes, _dflt_annotations, _dflt_accelerators, _dflt_attitudes, _dflt_urls, _dflt_setting_spans, _dflt_methods, _dflt_members, _dflt_ignored, _dflt_block, _dflt_pending, _dflt_rejected, _dflt_markers, _dflt_limits, _dflt_joined, _dflt_evolution_only, _return_type):
 def __init__(self,lines:_type_lines,path:_type_path=_dflt_path,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,line_number:_type_line_number=_dflt_line_number,code:_type_code=_dflt_code,title:_type_title=_dflt_title,style:_type_style=_dflt_style,size:_type_size=_dflt_size,evolution_labels:_type_evolution_labels=_dflt_evolution_labels,evolution_hidden:_type_evolution_hidden=_dflt_evolution_hidden,valuechain_hidden:_type_valuechain_hidden=_dflt_valuechain_hidden,annotations_position:_type_annotations_position=_dflt_annotations_position,components:_type_components=_HAS_DEFAULT_FACTORY,links:_type_links=_HAS_DEFAULT_FACTORY,evolves:_type_evolves=_HAS_DEFAULT_FACTORY,pipelines:_type_pipelines=_HAS_DEFAULT_FACTORY,overlays:_type_overlays=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,annotations:_type_annotations=_HAS_DEFAULT_FACTORY,accelerators:_type_accelerators=_HAS_DEFAULT_FACTORY,attitudes:_type_attitudes=_HAS_DEFAULT_FACTORY,urls:_type_urls=_HAS_DEFAULT_FACTORY,setting_spans:_type_setting_spans=_HAS_DEFAULT_FACTORY,methods:_type_methods=_HAS_DEFAULT_FACTORY,members:_type_members=_HAS_DEFAULT_FACTORY,ignored:_type_ignored=_HAS_DEFAULT_FACTORY,block:_type_block=_dflt_block,pending:_type_pending=_dflt_pending,rejected:_type_rejected=_dflt_rejected,markers:_type_markers=_dflt_markers,limits:_type_limits=_dflt_limits,joined:_type_joined=_HAS_DEFAULT_FACTORY,evolution_only:_type_evolution_only=_HAS_DEFAULT_FACTORY)->_return_type:
  self.lines=lines
  self.path=path
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
  self.line_number=line_number
  self.code=code
  self.title=title
  self.style=style
  self.size=size
  self.evolution_labels=evolution_labels
  self.evolution_hidden=evolution_hidden
  self.valuechain_hidden=valuechain_hidden
  self.annotations_position=annotations_position
  self.components=_dflt_components() if components is _HAS_DEFAULT_FACTORY else components
  self.links=_dflt_links() if links is _HAS_DEFAULT_FACTORY else links
  self.evolves=_dflt_evolves() if evolves is _HAS_DEFAULT_FACTORY else evolves
  self.pipelines=_dflt_pipelines() if pipelines is _HAS_DEFAULT_FACTORY else pipelines
  self.overlays=_dflt_overlays() if overlays is _HAS_DEFAULT_FACTORY else overlays
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
  self.annotations=_dflt_annotations() if annotations is _HAS_DEFAULT_FACTORY else annotations
  self.accelerators=_dflt_accelerators() if accelerators is _HAS_DEFAULT_FACTORY else accelerators
  self.attitudes=_dflt_attitudes() if attitudes is _HAS_DEFAULT_FACTORY else attitudes
  self.urls=_dflt_urls() if urls is _HAS_DEFAULT_FACTORY else urls
  self.setting_spans=_dflt_setting_spans() if setting_spans is _HAS_DEFAULT_FACTORY else setting_spans
  self.methods=_dflt_methods() if methods is _HAS_DEFAULT_FACTORY else methods
  self.members=_dflt_members() if members is _HAS_DEFAULT_FACTORY else members
  self.ignored=_dflt_ignored() if ignored is _HAS_DEFAULT_FACTORY else ignored
  self.block=block
  self.pending=pending
  self.rejected=rejected
  self.markers=markers
  self.limits=limits
  self.joined=_dflt_joined() if joined is _HAS_DEFAULT_FACTORY else joined
  self.evolution_only=_dflt_evolution_only() if evolution_only is _HAS_DEFAULT_FACTORY else evolution_only
 return __init__
FUNCTIONS['942a3906a425f49553862ea74ffa39f16a697152de254120ebf3a02bbec4d6b9'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.line,self.column,self.end_line,self.end_column,))
 return __hash__
FUNCTIONS['95b8b244e2380d1d1dbb0cafae0efe76c7a06158d9ad695ce0d8d5f5edc73f77'] = __create_fn__


def __create_fn__(_type_name, _type_address, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _return_type):
 def __init__(self,name:_type_name,address:_type_address,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'address',address)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
FUNCTIONS['95d48040f19c430da241d01140422e0b3ee419718237a10dcaee1dc539c8ea88'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('number','code','comments','cut_bracket',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['96a11f667e3e9266dc77a3d4f7ca136ec93bf80ae5be2ed6cf6507d05c8ae91a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','role','x','y','width','height','style','rx',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['96a8bb41695aba2e1e24e12bc738b2f6acbac1203083e54c297629358f33001e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','corners','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['96c511a73612d6bc8ed82d93205ff53c80c19d30eeefc3aac127e7317067e3d9'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pipeline={self.pipeline!r}, name={self.name!r}, position={self.position!r}, label={self.label!r}, span={self.span!r}, label_span={self.label_span!r})"
 return __repr__
FUNCTIONS['97bf3ba91012d2fa71a2fd886966ef5735e784cc947e53fa7c5282449f5adee7'] = __create_fn__


def __create_fn__(_type_kind, _type_corners, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _return_type):
 def __init__(self,kind:_type_kind,corners:_type_corners,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'corners',corners)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
FUNCTIONS['97f53495818a69f0cbf111bc57c96da1d53feda120be2b44ada96b7075edff5c'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, keyword={self.keyword!r}, position={self.position!r}, label={self.label!r}, inertia={self.inertia!r}, method={self.method!r}, market={self.market!r}, ecosystem={self.ecosystem!r}, tags={self.tags!r}, pipeline={self.pipeline!r}, url={self.url!r}, span={self.span!r}, label_span={self.label_span!r})"
 return __repr__
FUNCTIONS['99298fae40b323bb02d48d057a84d580ee265a8d16220c60fd60b118b008bba8'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.fill,self.stroke,self.stroke_width,self.dash,self.opacity,self.fill_opacity,))
 return __hash__
FUNCTIONS['9b7a42582d41265de3f041bfe923406bf7ee68ca7e967e5619e5cb56e2215dca'] = __create_fn__


def __create_fn__(_type_title, _type_diagnostic, _type_edits, _type_preferred, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_preferred, _return_type):
 def __init__(self,title:_type_title,diagnostic:_type_diagnostic,edits:_type_edits,preferred:_type_preferred=_dflt_preferred)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'diagnostic',diagnostic)
  __dataclass_builtins_object__.__setattr__(self,'edits',edits)
  __dataclass_builtins_object__.__setattr__(self,'preferred',preferred)
 return __init__
FUNCTIONS['9c5f5d278d85e34da7f3f5caf969b768e2e88c4b441fa86278ae5e6a5f132409'] = __create_fn__


def __create_fn__(_type_kind, _type_name, _type_field, _type_old, _type_new, _type_occurrence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_occurrence, _return_type):
 def __init__(self,kind:_type_kind,name:_type_name,field:_type_field,old:_type_old,new:_type_new,occurrence:_type_occurrence=_dflt_occurrence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'old',old)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'occurrence',occurrence)
 return __init__
FUNCTIONS['9ec0268eb40e6b7bec504ffb9a2ee1cd31ca5e532641784ce47e0a228f77cb7f'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, method={self.method!r}, problem={self.problem!r})"
 return __repr__
FUNCTIONS['9f4f782d6821f457ef42b39afe01bfb6e001128365f64ef7aac64758e5397efc'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','diagnostic','edits','preferred',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['9f6133786cb05e1287ad3ffd42e94cb02d27c0dc11df933bdfed9420211bd5f9'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('maps','refused','readable','faults',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['9fc4cf3c42eb7dbe7e6ec5a7777bbc24cce94c3ba00e5f43518e3be6326bc734'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, column={self.column!r}, end_line={self.end_line!r}, end_column={self.end_column!r})"
 return __repr__
FUNCTIONS['9fd67d09038954c2166cd014481a6958f48b026397d724ee710670737cf5e015'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.number,self.places,self.text,))
 return __hash__
FUNCTIONS['a1494246c3af7d36b2a67cd1a95d4247ea7b979270f06b5433e4a70458552342'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,self.diagnostics,self.front_title,)==(other.lines,other.diagnostics,other.front_title,)
  return NotImplemented
 return __eq__
FUNCTIONS['a34088f10a024fb3478d09f713e52319ec8dd35d9e8fde32eab288a4c02fbf17'] = __create_fn__


def __create_fn__(_type_key, _type_component, _type_x, _type_y, _type_move_x, _type_move_y, _type_band, _type_half, _type_follows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_half, _dflt_follows, _return_type):
 def __init__(self,key:_type_key,component:_type_component,x:_type_x,y:_type_y,move_x:_type_move_x,move_y:_type_move_y,band:_type_band,half:_type_half=_dflt_half,follows:_type_follows=_dflt_follows)->_return_type:
  self.key=key
  self.component=component
  self.x=x
  self.y=y
  self.move_x=move_x
  self.move_y=move_y
  self.band=band
  self.half=half
  self.follows=follows
 return __init__
FUNCTIONS['a417a2bd6f887b4ef7a799732df27d2cb4b06e52d42dd09a9bbfb12e846f89d0'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x','y','width','height',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['a42f2ee4e3fa58b030318e37ffb812128e860231b731eab0b16bded82fd36beb'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.max_bytes,self.max_lines,self.max_components,self.max_links,self.max_line_length,)==(other.max_bytes,other.max_lines,other.max_components,other.max_links,other.max_line_length,)
  return NotImplemented
 return __eq__
FUNCTIONS['a42fd15ac1738de1d0bdd115e1959cb99c8008c2158d684387ff7ee5ee7e4f35'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.old,self.new,self.kind,))
 return __hash__
FUNCTIONS['a555fec0a05686ec95d5c292edb3937fb17c41713cecbccc1eba4b733991f214'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.position,)==(other.text,other.position,)
  return NotImplemented
 return __eq__
FUNCTIONS['a6808d0601ffb1c8d8f5a2a5a1f22a14b90cd9589e23b2e3ace7921b16e1eb22'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.shape,self.order,)==(other.shape,other.order,)
  return NotImplemented
 return __eq__
FUNCTIONS['a6983ff5ef9b8b54cf0e76dd4fe88324244768d2d2e551440053d893431a5ac8'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(severity={self.severity!r}, text={self.text!r}, line={self.line!r}, column={self.column!r})"
 return __repr__
FUNCTIONS['a71a1a1556bb01498659200b76beadba41ed000454cbdd7a0a8cf8ccc9a1e4c5'] = __create_fn__


def __create_fn__(_type_line, _type_start, _type_end_line, _type_end, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,start:_type_start,end_line:_type_end_line,end:_type_end,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__
FUNCTIONS['a8268a5b675587f3a461918ab3238e403249ce2b9a0134806f7c6ceba2aa36ef'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('width','height','background','background_to','id_prefix','title','description','shapes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['a9202919ff8ed4aff5e0a4d70df2b6f5b0463d7c741a94d5849749758c362a86'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('shape','box','name',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['a938b0419fa4f1c88f5164ed7a20f2cd75684f5fc7a22941b8cb43db971c72f9'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(visibility={self.visibility!r}, evolution={self.evolution!r}, stage={self.stage!r}, within={self.within!r})"
 return __repr__
FUNCTIONS['a9632dba8fa7e249ab9b2c186653a62e20d390c9dbf8af1c8af5b284e38b5dd4'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('width','height','background','background_to','id_prefix','title','description','shapes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['a9755c41935e562ab357da157ce497b85d3ddf15a9c016da763d77ca510656b3'] = __create_fn__


def __create_fn__(_type_text_overlap, _type_text_over_symbol, _type_text_over_line, _type_cut_off, _type_misattributed, _type_furniture, _type_findings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text_overlap:_type_text_overlap,text_over_symbol:_type_text_over_symbol,text_over_line:_type_text_over_line,cut_off:_type_cut_off,misattributed:_type_misattributed,furniture:_type_furniture,findings:_type_findings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text_overlap',text_overlap)
  __dataclass_builtins_object__.__setattr__(self,'text_over_symbol',text_over_symbol)
  __dataclass_builtins_object__.__setattr__(self,'text_over_line',text_over_line)
  __dataclass_builtins_object__.__setattr__(self,'cut_off',cut_off)
  __dataclass_builtins_object__.__setattr__(self,'misattributed',misattributed)
  __dataclass_builtins_object__.__setattr__(self,'furniture',furniture)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
 return __init__
FUNCTIONS['a9b9631451961ed4a6c2c5a8e7b1da8ac232b75dc2c73f5eba02359c187fb85a'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fill={self.fill!r}, stroke={self.stroke!r}, stroke_width={self.stroke_width!r}, dash={self.dash!r}, opacity={self.opacity!r}, fill_opacity={self.fill_opacity!r})"
 return __repr__
FUNCTIONS['aa002c60bc915b4dc2613128cb25fe35d165e3e192929e3268ac8dc0fbfb99e1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','name','field','old','new','occurrence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['aaf030129319ecec9df01fa6c434823f1b4baf8abfcf6e2964b3ceec7f388112'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.width,self.height,self.background,self.background_to,self.id_prefix,self.title,self.description,self.shapes,)==(other.width,other.height,other.background,other.background_to,other.id_prefix,other.title,other.description,other.shapes,)
  return NotImplemented
 return __eq__
FUNCTIONS['ab6570bdd4b40ee52a8e2f6debf9abd3bd8d6c9f33fc70d2734953a266395730'] = __create_fn__


def __create_fn__(_type_id, _type_role, _type_d, _type_style, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,role:_type_role,d:_type_d,style:_type_style)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'d',d)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
 return __init__
FUNCTIONS['ab8291423f830b904c62b2d20ee5b461d0d9d2013c44a717be7c7f048709db91'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','column','end_line','end_column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['aba89f262821ef34b6c7fe8951fba977469804116a16cb7b00697da614245ca5'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','position','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['ac0468845682d8becff9144988a440b5002228b802bfd118abf246fdfb606546'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','address','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['ae6b54b6b5c582b76321118e0645a97ec1691fbf2e3d2b8e2dacd9042d6783cd'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('changes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['ae6b5631fff79998f7224c86a76abdca24609db9b679e2002322ca1abe2ef2af'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','old','new','kind',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['aeb7869e76257563445b0be3acc0353bc98444eef3d2faf13447545cdb0cbd90'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','target','operator','flow_label','label','span','name_spans',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['af9ba3fcab8ea82f78b3a256da11bb7ddfe7e1987fe6fa60c016920f899ea48b'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.old,self.new,self.reason,self.kind,)==(other.old,other.new,other.reason,other.kind,)
  return NotImplemented
 return __eq__
FUNCTIONS['afc9dc4d14283c5356ad2ba7f8ccdcab6c9fc682fca63de156bd0df0dd94627d'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.severity,self.text,self.line,self.column,)==(other.severity,other.text,other.line,other.column,)
  return NotImplemented
 return __eq__
FUNCTIONS['afcf7408b1f66cc5681c4ec5f79cefd3824b8b198a6d1d47b209aa69a45c43df'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, width={self.width!r}, height={self.height!r})"
 return __repr__
FUNCTIONS['b072eadeebdc7b1d3ffc0c76e4df11002ee79b25daca6ac9c779202d1ead881c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('max_bytes','max_lines','max_components','max_links','max_line_length',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['b1e6cfdd512cc1b1db687e6cbbc4c2022014ebc4bf3fa8e46debdbf1d2687b3a'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.visibility,self.evolution,self.fixed,)==(other.visibility,other.evolution,other.fixed,)
  return NotImplemented
 return __eq__
FUNCTIONS['b2357a8f402957270bf3bc9638d7255d3a2afe901e17497fd33de00decd285cb'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, members={self.members!r}, bounds={self.bounds!r}, span={self.span!r}, name_spans={self.name_spans!r})"
 return __repr__
FUNCTIONS['b27e51f2151336e5f9998e17d63be840ba5fb1f2759403607916da2dd4407cbd'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.shape,self.box,self.order,))
 return __hash__
FUNCTIONS['b363840b08e197339dff987ba05df189f8ef385eac8ef448516a5d44d7e8c792'] = __create_fn__


def __create_fn__(_type_pipeline, _type_name, _type_position, _type_label, _type_span, _type_label_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label_span, _return_type):
 def __init__(self,pipeline:_type_pipeline,name:_type_name,position:_type_position,label:_type_label,span:_type_span,label_span:_type_label_span=_dflt_label_span)->_return_type:
  self.pipeline=pipeline
  self.name=name
  self.position=position
  self.label=label
  self.span=span
  self.label_span=label_span
 return __init__
FUNCTIONS['b40987194f9f079708ee3d2e4d324d5390488a636c6427c01dd2f61854f1e469'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('index','name','x','y','version','theme','state',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['b49a0395f994dc1e38080b44353a3996fc595d718a0b05c9b3ff164074ac09d1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','x','y','anchor','box','leader',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['b6d02b5817ce3298452d2b362e6ab2e7e75c5f4c3e29619487251131fa832e85'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.name,self.field,self.old,self.new,self.occurrence,))
 return __hash__
FUNCTIONS['b84a69447d622b439f8d96875f311b8239e563be22d464443481c44c79e44299'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.text_overlap,self.text_over_symbol,self.text_over_line,self.cut_off,self.misattributed,self.furniture,self.findings,))
 return __hash__
FUNCTIONS['b86ed9ca9b837136c78a62773ccc71d94adea7a956b19101567cc51f1b49eab0'] = __create_fn__


def __create_fn__(_type_text, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _return_type):
 def __init__(self,text:_type_text,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
FUNCTIONS['b8f5e2c4cac39fad6b2c59df0d6e6ae9d73983395274e3e556bef09c28ad06f9'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.name,self.value,))
 return __hash__
FUNCTIONS['b9730a4c0ce1cfc26e10d38f781db624a12bfbce6d79742e70b837d2eec00671'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('shape','box','order',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['b9d7b0cdd1c8e838f923ca76f38cef1221b2f89257b76ada1fbeb9b164278215'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.members,self.allowed,self.pipeline,self.span,self.row,self.pad,self.label,)==(other.members,other.allowed,other.pipeline,other.span,other.row,other.pad,other.label,)
  return NotImplemented
 return __eq__
FUNCTIONS['bbd7b4ae51f65028ed28ed1e510fe572837b22f2da137c6a4923b4a6439b009d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','name','field','old','new','occurrence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['bc3f471dda8590b4a32e9e0ebe1f5d4ca9cd234ceb7075124a5f1408e172cc8b'] = __create_fn__


def __create_fn__(_type_message, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,message:_type_message,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
FUNCTIONS['bd9a48654a362951911bca338213c33e961a3fa33066adaad5a29bc1e70ef813'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','kind','detail','range','selection','children',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['be821e64ca8cada3d59d573388288dac746e0225c4b0ded9c975315111de664b'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text_overlap,self.text_over_symbol,self.text_over_line,self.cut_off,self.misattributed,self.furniture,self.findings,)==(other.text_overlap,other.text_over_symbol,other.text_over_line,other.cut_off,other.misattributed,other.furniture,other.findings,)
  return NotImplemented
 return __eq__
FUNCTIONS['c03376d7ecdb663adc40163989856e669373722fb9528f2fdd1572b30b9d5fca'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, name={self.name!r}, x={self.x!r}, y={self.y!r}, version={self.version!r}, theme={self.theme!r}, state={self.state!r})"
 return __repr__
FUNCTIONS['c052e600cffbd3c71d505560aa788c7241f3e479fa64bb6a21628ac2857b485c'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text_overlap={self.text_overlap!r}, text_over_symbol={self.text_over_symbol!r}, text_over_line={self.text_over_line!r}, cut_off={self.cut_off!r}, misattributed={self.misattributed!r}, furniture={self.furniture!r}, findings={self.findings!r})"
 return __repr__
FUNCTIONS['c05aeddd16f9c90b78846fdbfd5038b845cd86363ce26ca3774b32ce1bc19c63'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.code,self.message,self.span,self.severity,self.hint,self.path,self.related,))
 return __hash__
FUNCTIONS['c18132905b3bebf2241a06cf38d273aa5c8aca2e6eb12dd60a83a5173bfceee9'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','position','deaccelerator','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['c1f872aa9a7a56330963d0138aa5dd1b9bd5a367f8cf48fd72acd211ea96e8c8'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, role={self.role!r}, x={self.x!r}, y={self.y!r}, lines={self.lines!r}, size={self.size!r}, fill={self.fill!r}, font_family={self.font_family!r}, bold={self.bold!r}, anchor={self.anchor!r}, box={self.box!r}, rotate={self.rotate!r}, href={self.href!r}, italic={self.italic!r}, of={self.of!r})"
 return __repr__
FUNCTIONS['c281cac531296b4e2d64d9bef197150a6ad8c9a566cb7c00ad9d4b3a364c9994'] = __create_fn__


def __create_fn__(_type_prefixes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prefixes, _return_type):
 def __init__(self,prefixes:_type_prefixes=_HAS_DEFAULT_FACTORY)->_return_type:
  self.prefixes=_dflt_prefixes() if prefixes is _HAS_DEFAULT_FACTORY else prefixes
 return __init__
FUNCTIONS['c3e521bcb4a7a1fde528a8b0d73d949cee45be0c63db1de97df5e180c9ac56c1'] = __create_fn__


def __create_fn__(_type_id, _type_role, _type_x, _type_y, _type_lines, _type_size, _type_fill, _type_font_family, _type_bold, _type_anchor, _type_box, _type_rotate, _type_href, _type_italic, _type_of, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_anchor, _dflt_box, _dflt_rotate, _dflt_href, _dflt_italic, _dflt_of, _return_type):
 def __init__(self,id:_type_id,role:_type_role,x:_type_x,y:_type_y,lines:_type_lines,size:_type_size,fill:_type_fill,font_family:_type_font_family,bold:_type_bold=_dflt_bold,anchor:_type_anchor=_dflt_anchor,box:_type_box=_dflt_box,rotate:_type_rotate=_dflt_rotate,href:_type_href=_dflt_href,italic:_type_italic=_dflt_italic,of:_type_of=_dflt_of)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'fill',fill)
  __dataclass_builtins_object__.__setattr__(self,'font_family',font_family)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
  __dataclass_builtins_object__.__setattr__(self,'rotate',rotate)
  __dataclass_builtins_object__.__setattr__(self,'href',href)
  __dataclass_builtins_object__.__setattr__(self,'italic',italic)
  __dataclass_builtins_object__.__setattr__(self,'of',of)
 return __init__
FUNCTIONS['c3f7d582ba452c13c87c835f89207f720515bafd2a4ff7637309316996acd0f6'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.number,self.code,self.tree,)==(other.number,other.code,other.tree,)
  return NotImplemented
 return __eq__
FUNCTIONS['c409cf16760eb00c2090548a8fefb8aaddcdab49a1c1c7c6b22e6c6fc1c157b2'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','diagnostic','edits','preferred',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['c4ed9be67c0b42fc492e27b4caf29a3e08f7abb44b78beebd9e5e00afd9c0557'] = __create_fn__


def __create_fn__(_type_name, _type_kind, _type_keyword, _type_position, _type_label, _type_inertia, _type_method, _type_market, _type_ecosystem, _type_tags, _type_pipeline, _type_url, _type_span, _type_label_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_keyword, _dflt_position, _dflt_label, _dflt_inertia, _dflt_method, _dflt_market, _dflt_ecosystem, _dflt_tags, _dflt_pipeline, _dflt_url, _dflt_span, _dflt_label_span, _return_type):
 def __init__(self,name:_type_name,kind:_type_kind,keyword:_type_keyword=_dflt_keyword,position:_type_position=_dflt_position,label:_type_label=_dflt_label,inertia:_type_inertia=_dflt_inertia,method:_type_method=_dflt_method,market:_type_market=_dflt_market,ecosystem:_type_ecosystem=_dflt_ecosystem,tags:_type_tags=_dflt_tags,pipeline:_type_pipeline=_dflt_pipeline,url:_type_url=_dflt_url,span:_type_span=_dflt_span,label_span:_type_label_span=_dflt_label_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)
  __dataclass_builtins_object__.__setattr__(self,'position',position)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'inertia',inertia)
  __dataclass_builtins_object__.__setattr__(self,'method',method)
  __dataclass_builtins_object__.__setattr__(self,'market',market)
  __dataclass_builtins_object__.__setattr__(self,'ecosystem',ecosystem)
  __dataclass_builtins_object__.__setattr__(self,'tags',tags)
  __dataclass_builtins_object__.__setattr__(self,'pipeline',pipeline)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'label_span',label_span)
 return __init__
FUNCTIONS['c4f4f5ba0aa7b9d0f150fee901d54a8938a77a8efc01b8fd44775107e7822051'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.kind,self.keyword,self.position,self.label,self.inertia,self.method,self.market,self.ecosystem,self.tags,self.pipeline,self.url,)==(other.name,other.kind,other.keyword,other.position,other.label,other.inertia,other.method,other.market,other.ecosystem,other.tags,other.pipeline,other.url,)
  return NotImplemented
 return __eq__
FUNCTIONS['c5f1cb51f3e3ba147eea5f439927b3aa7769ae334f1cba04ce9af5c49dd132f2'] = __create_fn__


def __create_fn__(_type_width, _type_height, _type_background, _type_background_to, _type_id_prefix, _type_title, _type_description, _type_shapes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shapes, _return_type):
 def __init__(self,width:_type_width,height:_type_height,background:_type_background,background_to:_type_background_to,id_prefix:_type_id_prefix,title:_type_title,description:_type_description,shapes:_type_shapes=_dflt_shapes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'background',background)
  __dataclass_builtins_object__.__setattr__(self,'background_to',background_to)
  __dataclass_builtins_object__.__setattr__(self,'id_prefix',id_prefix)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'shapes',shapes)
 return __init__
FUNCTIONS['c5f735d85f0e9c16648574764b4b05695561cd92a52b4af7e86a79e660fcc92e'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.members,self.bounds,)==(other.name,other.members,other.bounds,)
  return NotImplemented
 return __eq__
FUNCTIONS['c600859c0ef089083d6c08deba089217a7f9afe5477d7b6e68003b867a6124db'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, diagnostic={self.diagnostic!r}, edits={self.edits!r}, preferred={self.preferred!r})"
 return __repr__
FUNCTIONS['c633b12c5a6723e71a7034bd10900a450009cc410af7f2f4634183b3a43cad71'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.name,self.value,)==(other.kind,other.name,other.value,)
  return NotImplemented
 return __eq__
FUNCTIONS['c6c0737b07422ac4d697f93090790ba848d3f30d82a7d7047c3d15a2361d7307'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.role,self.cx,self.cy,self.r,self.style,)==(other.id,other.role,other.cx,other.cy,other.r,other.style,)
  return NotImplemented
 return __eq__
FUNCTIONS['c7557d5d60d772c27bc5e5750f2ac3e8c7b5b69c7cc5482d1e855a9e223d6503'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.index,self.name,self.x,self.y,self.version,self.theme,self.state,))
 return __hash__
FUNCTIONS['c7e56906492c5050526c76dc3ed28e9fc4064e3709958b467a87622f5d02b289'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, kind={self.kind!r}, detail={self.detail!r}, line={self.line!r}, start={self.start!r}, text={self.text!r}, sort={self.sort!r})"
 return __repr__
FUNCTIONS['c8099c4d485d795a6ebfcb1c7d3bc28454031af652ddf8acf26fd74b614cba74'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.role,self.x,self.y,self.width,self.height,self.style,self.rx,)==(other.id,other.role,other.x,other.y,other.width,other.height,other.style,other.rx,)
  return NotImplemented
 return __eq__
FUNCTIONS['c91ebc10819ed64598707894d6522bb3de7a1e1c39d2ac5cbb1e11b575af3835'] = __create_fn__


def __create_fn__(_type_cost, _type_preference, _type_x, _type_y, _type_anchor, _type_box, _type_leader, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,cost:_type_cost,preference:_type_preference,x:_type_x,y:_type_y,anchor:_type_anchor,box:_type_box,leader:_type_leader)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cost',cost)
  __dataclass_builtins_object__.__setattr__(self,'preference',preference)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
  __dataclass_builtins_object__.__setattr__(self,'leader',leader)
 return __init__
FUNCTIONS['c94e046072b600a4e2c459ca04a439aa0604afa8065a5342af2aba9bcdb72d30'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.visibility,self.evolution,self.stage,self.within,))
 return __hash__
FUNCTIONS['c961a02736a400313adbd3be9d5c1f010c36391ac4f2f752859d3fb499102a15'] = __create_fn__


def __create_fn__(_type_id, _type_role, _type_cx, _type_cy, _type_r, _type_style, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,role:_type_role,cx:_type_cx,cy:_type_cy,r:_type_r,style:_type_style)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'cx',cx)
  __dataclass_builtins_object__.__setattr__(self,'cy',cy)
  __dataclass_builtins_object__.__setattr__(self,'r',r)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
 return __init__
FUNCTIONS['ca0f7b1c37501e05701107d4f5cf244f03a17ea109e20935de53f3dbf78bb417'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.position,self.deaccelerator,))
 return __hash__
FUNCTIONS['cb09e6a6e68822a82b0c9a16a8b3b3a2590a1bdc84bd071582ba0d6c9265ab31'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','column','end_line','end_column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['cb0a3cd324b9e1b5e77958b1c351843e420734668eaea2ec65069fe594987bb1'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pipeline={self.pipeline!r}, span={self.span!r}, members={self.members!r})"
 return __repr__
FUNCTIONS['cb28afeb68fde44a25cf9f2cabab141c14689f04196b97afb7907cbf8162b280'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(changes={self.changes!r})"
 return __repr__
FUNCTIONS['cb6550115d6af32096d7378b8bb07accfbd6dd756c3f888113072f920880d657'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.role,self.x,self.y,self.lines,self.size,self.fill,self.font_family,self.bold,self.anchor,self.box,self.rotate,self.href,self.italic,self.of,))
 return __hash__
FUNCTIONS['cb885b1ad19df4ca04547408135b93f1a51b15be0065245093a42480ff854d6f'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.cost,self.preference,self.x,self.y,self.anchor,self.box,self.leader,))
 return __hash__
FUNCTIONS['cd7c10fb02070612a87292041c6fc52aa87f1d35ca0f956bfb2ae97737597a6b'] = __create_fn__


def __create_fn__(_type_severity, _type_text, _type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_column, _return_type):
 def __init__(self,severity:_type_severity,text:_type_text,line:_type_line=_dflt_line,column:_type_column=_dflt_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
 return __init__
FUNCTIONS['cdc6edea094d13b29789e7cdc4a34cc55942706b38a302a4f969ba16eb11d85f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.message,self.span,)==(other.message,other.span,)
  return NotImplemented
 return __eq__
FUNCTIONS['cde0865690d5faef7bc4461e4f5fe858ead8fa14504e08f50815182137cdef3a'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, position={self.position!r}, deaccelerator={self.deaccelerator!r}, span={self.span!r})"
 return __repr__
FUNCTIONS['ce66ebf2e2f3f970995368bda607cdc611e5bf97e27f8a93b18200f985fe41a9'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pipeline,self.name,self.position,self.label,self.span,self.label_span,)==(other.pipeline,other.name,other.position,other.label,other.span,other.label_span,)
  return NotImplemented
 return __eq__
FUNCTIONS['cf3aca09b8f1f1e188d94a22aa1bc7f8cede121cf797a04045a4dbd7e5dd67b8'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.number,self.code,self.tree,))
 return __hash__
FUNCTIONS['cf8eee66a26f481df3b03a867037fd91525d3a07227cbfd7fca9fee1bdc057b8'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cost={self.cost!r}, preference={self.preference!r}, x={self.x!r}, y={self.y!r}, anchor={self.anchor!r}, box={self.box!r}, leader={self.leader!r})"
 return __repr__
FUNCTIONS['cfa5beee23d7d3e4e0c7d4cb66ec60f8022dfb214847182bf1c364ca64fd3164'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('severity','text','line','column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['cfe01645ec9e07b3cc2e2f18fc4278f868975ae635852de20ea502bb5fb3279e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('number','code','tree',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['d012a30a15954a16cf18b5b672658158101fd42fd3e26bf8268d61e7b9a3c232'] = __create_fn__


def __create_fn__(_type_pipeline, _type_span, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _return_type):
 def __init__(self,pipeline:_type_pipeline,span:_type_span,members:_type_members=_dflt_members)->_return_type:
  self.pipeline=pipeline
  self.span=span
  self.members=members
 return __init__
FUNCTIONS['d18a8ebb07ac00e4c7b0cee204268815c8313a156ef13a9ad99a2c6347eadbf6'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(shape={self.shape!r}, box={self.box!r}, order={self.order!r})"
 return __repr__
FUNCTIONS['d28676f45072f3e88fc148860024d7d8b1db59946d941bf42bbca7f0a7b335d6'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('fill','stroke','stroke_width','dash','opacity','fill_opacity',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['d4b8b4e5916f6ddf7a36ac8eff4028329d9e27d38cf645f2edc389bf3e63f98e'] = __create_fn__


def __create_fn__(_type_members, _type_allowed, _type_pipeline, _type_span, _type_row, _type_pad, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _dflt_row, _dflt_pad, _dflt_label, _return_type):
 def __init__(self,members:_type_members,allowed:_type_allowed,pipeline:_type_pipeline,span:_type_span=_dflt_span,row:_type_row=_dflt_row,pad:_type_pad=_dflt_pad,label:_type_label=_dflt_label)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'members',members)
  __dataclass_builtins_object__.__setattr__(self,'allowed',allowed)
  __dataclass_builtins_object__.__setattr__(self,'pipeline',pipeline)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'pad',pad)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
 return __init__
FUNCTIONS['d70c71ce1922be82b6b6588199b5906bf47afa025219e7d82bcc523180a52ff7'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, span={self.span!r})"
 return __repr__
FUNCTIONS['d80b6774edb2bdef538965d52d2e82f2fd4e0440c4b84f6d6ed5104253288558'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.severity,self.text,self.line,self.column,))
 return __hash__
FUNCTIONS['d8d2aa8d26ffc6142f1ae3c404e70ac3bfef6489468c216b4c44bbf741f8c646'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('cost','preference','x','y','anchor','box','leader',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['d8e9d2aacb8861fc1efac4c4dc1c23b6901f4b2159fec22f207ab2f6888f30e1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','role','x','y','lines','size','fill','font_family','bold','anchor','box','rotate','href','italic','of',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['d917eee113ea54125676d8e86a9a4e3dce677848b8e855536727e2ebc50fc06c'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.start,self.end_line,self.end,self.text,)==(other.line,other.start,other.end_line,other.end,other.text,)
  return NotImplemented
 return __eq__
FUNCTIONS['d9703d91b44153fcbc07d85a4725663b8478a81c2c2e48509e0b8979aae31305'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('changes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['da77431a4c165acaa50d2943adca2be56385ad84a6ba45cd851c45f82cd1a28b'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.address,))
 return __hash__
FUNCTIONS['dad87c86657274a35379e912c0865f41a4dd40b6d34bb3749d5917fabda0be2a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('members','allowed','pipeline','span','row','pad','label',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['db2fc1c3479eab812853f0f761528230a1911eafe6f6b3f21bb4209649463aa9'] = __create_fn__


def __create_fn__(_type_name, _type_members, _type_bounds, _type_span, _type_name_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _dflt_bounds, _dflt_span, _dflt_name_spans, _return_type):
 def __init__(self,name:_type_name,members:_type_members=_dflt_members,bounds:_type_bounds=_dflt_bounds,span:_type_span=_dflt_span,name_spans:_type_name_spans=_dflt_name_spans)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'members',members)
  __dataclass_builtins_object__.__setattr__(self,'bounds',bounds)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'name_spans',name_spans)
 return __init__
FUNCTIONS['db615d1a450bdca937aa5bc7d81da8c7ad102a30459e86c25a7e409e7562b613'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(shape={self.shape!r}, box={self.box!r}, name={self.name!r})"
 return __repr__
FUNCTIONS['db6dd34614cd16176d2f4402988b203cdeac7f2ba7846abebe941913bb50246c'] = __create_fn__


def __create_fn__(_type_text, _type_lines, _type_bom, _type_map, _type_mermaid, _type_diagnostics, _type_previous, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_diagnostics, _dflt_previous, _return_type):
 def __init__(self,text:_type_text,previous:_type_previous=_dflt_previous)->_return_type:
  self.text=text
  self.diagnostics=_dflt_diagnostics()
  self.previous=previous
  self.__post_init__()
 return __init__
FUNCTIONS['dbb6652ea89af4bb0bcc7ef4ff5840111b3465602a9cc521063fdcc30595e913'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','kind','keyword','position','label','inertia','method','market','ecosystem','tags','pipeline','url','span','label_span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['dc616a37bb623629c6d02bfb355028c6b096e235c4344d6d5ed036b00e998d71'] = __create_fn__


def __create_fn__(_type_text, _type_position, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_position, _dflt_span, _return_type):
 def __init__(self,text:_type_text,position:_type_position=_dflt_position,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'position',position)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
FUNCTIONS['dd184fdf9c054a06203ac61b22682f8e3fe2310b4d1018a16b0769fe8b007d1f'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.role,self.x,self.y,self.width,self.height,self.style,self.rx,))
 return __hash__
FUNCTIONS['dd43e8413b370b0d3c2d62c048df303c7b50e1fcc551d03ccdcfa82df8142e4f'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.method,self.problem,))
 return __hash__
FUNCTIONS['dd563f2d6c4cc0af8130ce279604df046787691099297f0ca543249e945e9384'] = __create_fn__


def __create_fn__(_type_kind, _type_index, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,index:_type_index,span:_type_span)->_return_type:
  self.kind=kind
  self.index=index
  self.span=span
 return __init__
FUNCTIONS['df6575c9264072becc17cd2ea4b6b98409cab21f4c2231fdfb5af674f748269a'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, detail={self.detail!r}, range={self.range!r}, selection={self.selection!r}, children={self.children!r})"
 return __repr__
FUNCTIONS['dfacdfe34235e160258dbeef1ecfe6aaafa0f11bc059023411d148ea34d5f4cb'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.components,self.links,self.evolves,self.pipelines,self.overlays,self.notes,self.annotations,self.annotations_position,self.accelerators,self.attitudes,self.urls,self.style,self.size,self.evolution_labels,self.evolution_boundaries,self.evolution_hidden,self.valuechain_hidden,))
 return __hash__
FUNCTIONS['e0411a12775b407681eaf9aa8d286c84637f0389c5173e1c92431a6f0d7898fb'] = __create_fn__


def __create_fn__(_type_key, _type_x, _type_y, _type_r, _type_lines, _type_size, _type_bold, _type_offset, _type_around, _type_core, _type_symbol, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_offset, _dflt_around, _dflt_core, _dflt_symbol, _return_type):
 def __init__(self,key:_type_key,x:_type_x,y:_type_y,r:_type_r,lines:_type_lines,size:_type_size,bold:_type_bold=_dflt_bold,offset:_type_offset=_dflt_offset,around:_type_around=_dflt_around,core:_type_core=_dflt_core,symbol:_type_symbol=_dflt_symbol)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'r',r)
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'offset',offset)
  __dataclass_builtins_object__.__setattr__(self,'around',around)
  __dataclass_builtins_object__.__setattr__(self,'core',core)
  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)
 return __init__
FUNCTIONS['e1f233700aa1ffa82b61211ed1547e1e281c5a5375a13aa5866bc9ddbb8ec020'] = __create_fn__


def __create_fn__(_type_column, _type_width, _type_what, _type_expected, _type_token_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,column:_type_column,width:_type_width,what:_type_what,expected:_type_expected,token_type:_type_token_type)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'expected',expected)
  __dataclass_builtins_object__.__setattr__(self,'token_type',token_type)
 return __init__
FUNCTIONS['e4142bbc4176f552fbaca4e919bb5422fc97b0d00d148bfe7446df38b13e595c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('visibility','evolution','stage','within',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['e456c19f5c29514fcb53a6d0cf0506effc44bd83b0ce717a493d296a67ba4432'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('fill','stroke','stroke_width','dash','opacity','fill_opacity',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['e4a5fa29c1946a8246335172e384f5b5235d833323116ba680b5c983a2ed37f8'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, position={self.position!r}, span={self.span!r})"
 return __repr__
FUNCTIONS['e592d603ccaba13855ac6b1fdf243d86b1dfc2473dbcc284d67ab16bf0f6324c'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(maps={self.maps!r}, refused={self.refused!r}, readable={self.readable!r}, faults={self.faults!r})"
 return __repr__
FUNCTIONS['e76031289d33f8409fed23473e556b8d65748eea2ae4698870dad57a4c79c6c2'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','address','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['e909a7639577b6330da1e1465c6a2a614b452082de889b92b42b5b092739fadb'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','old','new','kind',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['e96eca07fef805372f2eec33e2b1e1a6eae0f985ac115aa20ea00fae473995ba'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.address,)==(other.name,other.address,)
  return NotImplemented
 return __eq__
FUNCTIONS['eb5affc7073af43b6d501f4453a67a0947e113f85eb93ff77a381d384b004193'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(prefixes={self.prefixes!r})"
 return __repr__
FUNCTIONS['ec466a7493c40f208588806bd42a3114040c42dd4c2fdd34c8182cc254dc6d23'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','role','d','style',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['ec4b09b6edd822d20ac444da468867b788e1c6be562b200fb28121e383573f42'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.index,self.span,)==(other.kind,other.index,other.span,)
  return NotImplemented
 return __eq__
FUNCTIONS['ec5733d8285637fa0a63ffc8c6dd0b7ac01dfd6ee8f08bf9efc7a2b8c3090653'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.component,self.position,self.to,self.label,self.inertia,self.method,self.market,self.ecosystem,self.tags,))
 return __hash__
FUNCTIONS['ec6d591f3f014a5ca89bdd6f1d9c77728aeab7ec849e4d39a1d221e25601b31a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('width','height','left','top','right','bottom',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['ecd051f7e0c58387301a27874e202b239ebf7fe6c7881117f082ea73619932ea'] = __create_fn__


def __create_fn__(_type_index, _type_name, _type_x, _type_y, _type_version, _type_theme, _type_state, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,index:_type_index,name:_type_name,x:_type_x,y:_type_y,version:_type_version,theme:_type_theme,state:_type_state)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'theme',theme)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
 return __init__
FUNCTIONS['ee0a907ae5dab95ca122635b86d58e8ed28277bdb284c9a1ec3fe858cc4e7a45'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, address={self.address!r}, span={self.span!r})"
 return __repr__
FUNCTIONS['ee34cbe28ecb8283383491342458ca8a1f6a632a324857a771732cb5f621cce6'] = __create_fn__


def __create_fn__(_type_maps, _type_refused, _type_readable, _type_faults, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,maps:_type_maps,refused:_type_refused,readable:_type_readable,faults:_type_faults)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'maps',maps)
  __dataclass_builtins_object__.__setattr__(self,'refused',refused)
  __dataclass_builtins_object__.__setattr__(self,'readable',readable)
  __dataclass_builtins_object__.__setattr__(self,'faults',faults)
 return __init__
FUNCTIONS['eee3dff3bb73a9fcbeb43a0a20d99df75f480400734070c7876e64ba9766249b'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.name,self.line,self.start,self.end,self.role,self.quoted,)==(other.key,other.name,other.line,other.start,other.end,other.role,other.quoted,)
  return NotImplemented
 return __eq__
FUNCTIONS['efabcc65152d841cd83683e34cae4200124595b19ec9eda341600202f127cc90'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','start','end_line','end','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['f01b54efd698467983ab6f8b53c454a2876463278761204a7274a027e89c4a72'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, index={self.index!r}, span={self.span!r})"
 return __repr__
FUNCTIONS['f17c739719f8ea1c11dd8e68d11a07db9f56714240220ac94fbdb42d17f9065f'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, name={self.name!r}, value={self.value!r})"
 return __repr__
FUNCTIONS['f1f7e53f5fe98538bd1735e4fc4aba1b227ce2fe6ad7ae17c10138e125669a9e'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.components,self.links,self.evolves,self.pipelines,self.overlays,self.notes,self.annotations,self.annotations_position,self.accelerators,self.attitudes,self.urls,self.style,self.size,self.evolution_labels,self.evolution_boundaries,self.evolution_hidden,self.valuechain_hidden,)==(other.title,other.components,other.links,other.evolves,other.pipelines,other.overlays,other.notes,other.annotations,other.annotations_position,other.accelerators,other.attitudes,other.urls,other.style,other.size,other.evolution_labels,other.evolution_boundaries,other.evolution_hidden,other.valuechain_hidden,)
  return NotImplemented
 return __eq__
FUNCTIONS['f28950e1d337c761001e625354e93f968a857c4b90d4741290cd45be702af3e3'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x','y','width','height',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['f2e9933aa578d4e59c15ffd2acd85ae4a8f3d05c8680a699950ad68f32649cab'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','x','y','r','lines','size','bold','offset','around','core','symbol',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['f41a89ec1a7f55d303c89078bc019f09b6dc4a84947b2e716423c80b98251694'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.target,self.operator,self.flow_label,self.label,))
 return __hash__
FUNCTIONS['f52225b6c537955a30bc595487c039e360fe52b20207ce5166f4c2637a011c06'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','name','value',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['f6247e786eadcb474724fe3edafe72af269e7ee4c8d2a056b540e35e785dc251'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.lines,self.bom,self.map,self.mermaid,self.diagnostics,self.previous,)==(other.text,other.lines,other.bom,other.map,other.mermaid,other.diagnostics,other.previous,)
  return NotImplemented
 return __eq__
FUNCTIONS['f6a07dd8e0b60f0796af99926542a73dc939db25e977676c80ec2c6795b8178d'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.position,))
 return __hash__
FUNCTIONS['f8402962f9cc5913c6b9c6fd52d7b6c8fa9ccbf84aa2f5c5216044692374c7fe'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.corners,))
 return __hash__
FUNCTIONS['f8625e5da459264fc4faf295f48426067707a1018248cdacbc95e2c906e193f7'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('cost','preference','x','y','anchor','box','leader',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['f8c4a12276964bb84963ba6b33f19e83b470f51ec89a1cf5f625dbe18163a986'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','message','span','severity','hint','path','related',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['f9076b8d4ec905bf05613213c9674d34af08cf54b7bbd31042c389e897d77f31'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.role,self.x1,self.y1,self.x2,self.y2,self.style,self.arrow,)==(other.id,other.role,other.x1,other.y1,other.x2,other.y2,other.style,other.arrow,)
  return NotImplemented
 return __eq__
FUNCTIONS['f94cccb0bc6374d381c099ce9f2a0ad43bc8a5e34bcc86a6a2c3ac281289e526'] = __create_fn__


def __create_fn__(_type_label, _type_kind, _type_detail, _type_line, _type_start, _type_text, _type_sort, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sort, _return_type):
 def __init__(self,label:_type_label,kind:_type_kind,detail:_type_detail,line:_type_line,start:_type_start,text:_type_text,sort:_type_sort=_dflt_sort)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'detail',detail)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'sort',sort)
 return __init__
FUNCTIONS['fa226e72209e2ce37326ef8b8e16d3909ccb5c13797d23fbe6842b89cccf92d1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('number','places','text','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
FUNCTIONS['fca08a60405e656d9375132530eb532357008b95e553d0f5804925caff32dcdf'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('old','new','reason','kind',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
FUNCTIONS['fd756d06f0758ae1829e02a8523a1ae50570c0d750c0408918904f1e5eacbb85'] = __create_fn__
